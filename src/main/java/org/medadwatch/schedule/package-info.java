/**
 * The daily scan inside {@code serve}. {@link org.medadwatch.schedule.ScheduledScans} is the
 * whole public face: it starts a Quartz scheduler (in-memory job store, one worker) whose one
 * job runs a {@link org.medadwatch.schedule.ScanTask}, the {@code scan} command's pipeline
 * through serve's open store and index, at {@link org.medadwatch.schedule.DailyScanTime}
 * (02:00 Asia/Shanghai unless told), and takes manual requests ({@code serve --scan-now}).
 *
 * <p>Never two scans of a folder at once: the job is {@code @DisallowConcurrentExecution}, a
 * process-wide {@link org.medadwatch.schedule.ScanGuard} per data folder is held for the whole
 * scan by whichever path started it, a request made while a scan runs is refused, and a firing
 * that waited behind a scan is covered by it ({@link org.medadwatch.schedule.ScanDue}).
 * Another process is kept off the folder by the index's write lock.
 *
 * <p>Missed runs. Quartz's memory dies with the process, so the store decides: at start-up, a
 * scan is due when the latest daily start came after the last finished scan ended, when none
 * ever finished, or when one was left unfinished (it resumes); while running, a late daily
 * firing runs once at once ({@code FIRE_ONCE_NOW}) unless a scan that ended after that day's
 * start already covers it. Outcomes are logged, and each scan is recorded in the store's scans
 * table by the pipeline as it is for {@code scan}.
 *
 * <p>Failed scans. A scan in which nothing answered (our network down) is recorded FAILED and
 * covers nothing ({@link org.medadwatch.schedule.ScanDue.Reason#LAST_FAILED}): it is queued again
 * after a delay, a few times before the next daily start ({@link org.medadwatch.schedule.ScanRetry}),
 * and found at start-up like a missed run.
 */
package org.medadwatch.schedule;
