package org.medadwatch.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.medadwatch.store.ScanRepository;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The daily scan of {@code serve}: a Quartz scheduler (in-memory job store, one worker thread)
 * with one job and one daily trigger, plus manual requests.
 *
 * <pre>{@code
 * try (ScheduledScans scans = ScheduledScans.start(DailyScanTime.defaults(), task, ScanGuard.of(folder),
 *         store.scans(), Clock.systemUTC(), run -> { })) {
 *     ScanDue missed = scans.startUpCheck();
 *     if (missed.due()) scans.triggerNow();
 *     scans.nextScan();   // the next daily start
 * }
 * }</pre>
 *
 * <p>Misfires. While the process runs, a daily start that Quartz could not fire on time (the
 * machine was suspended, or the one worker was busy with a long manual scan) fires once as soon
 * as it can ({@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}), and then the runner asks the store
 * whether a scan that ended after that day's start already covers it ({@link ScanDue}). While the
 * process is down nothing fires: {@link #startUpCheck} finds the missed start in the store.
 *
 * <p>Failed scans. A scan in which nothing answered is recorded FAILED and covers nothing: it is
 * tried again an hour later, up to three times before the next daily start ({@link ScanRetry}),
 * and serve's start-up check runs it at once.
 */
public final class ScheduledScans implements AutoCloseable {
    static final JobKey JOB = JobKey.jobKey("scan", "medadwatch");
    static final TriggerKey DAILY = TriggerKey.triggerKey("daily", "medadwatch");
    /** Quartz keeps schedulers in a process-wide registry by name: each of ours needs its own. */
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Scheduler scheduler;
    private final DailyScanTime time;
    private final ScanRunner runner;
    private final ScanGuard guard;
    private final ScanRepository scans;
    private final Clock clock;

    private ScheduledScans(Scheduler scheduler, DailyScanTime time, ScanRunner runner, ScanGuard guard,
                           ScanRepository scans, Clock clock) {
        this.scheduler = scheduler;
        this.time = time;
        this.runner = runner;
        this.guard = guard;
        this.scans = scans;
        this.clock = clock;
    }

    /**
     * Starts the scheduler with the daily trigger.
     *
     * @param guard the folder's guard, shared with anything else in the process that scans it
     * @param scans the store's scans, which say whether a run is due ({@link ScanDue})
     * @param onRun told of every firing's outcome, on the scheduler's thread
     */
    public static ScheduledScans start(DailyScanTime time, ScanTask task, ScanGuard guard, ScanRepository scans,
                                       Clock clock, Consumer<ScanRun> onRun) throws SchedulerException {
        return start(time, task, guard, scans, clock, onRun, ScanRetry.DEFAULT);
    }

    /** As above, retrying a scan in which nothing answered as {@code retry} says (tests: a short delay). */
    static ScheduledScans start(DailyScanTime time, ScanTask task, ScanGuard guard, ScanRepository scans,
                                Clock clock, Consumer<ScanRun> onRun, ScanRetry retry) throws SchedulerException {
        ScanRunner runner = new ScanRunner(task, guard, scans, clock, onRun);
        Scheduler scheduler = new StdSchedulerFactory(properties()).getScheduler();
        try {
            scheduler.setJobFactory((bundle, s) -> new ScanJob(runner, time, retry));
            JobDetail job = JobBuilder.newJob(ScanJob.class).withIdentity(JOB).storeDurably().build();
            scheduler.scheduleJob(job, dailyTrigger(time));
            scheduler.start();
        } catch (SchedulerException | RuntimeException e) {
            scheduler.shutdown(false);
            throw e;
        }
        return new ScheduledScans(scheduler, time, runner, guard, scans, clock);
    }

    /** The daily trigger: {@code time.at()} on {@code time.zone()}'s clock, a missed start fired once at once. */
    static CronTrigger dailyTrigger(DailyScanTime time) {
        return TriggerBuilder.newTrigger().withIdentity(DAILY).forJob(JOB)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(time.at().getHour(), time.at().getMinute())
                        .inTimeZone(TimeZone.getTimeZone(time.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Whether a scan is due now that the process has started: was the latest daily start missed? */
    public ScanDue startUpCheck() {
        return ScanDue.decide(time.previous(clock.instant()), scans);
    }

    /**
     * Asks for a scan now. Refused while one is under way; two requests made at once are queued,
     * and the second finds itself covered by the first's scan and does nothing.
     */
    public TriggerResult triggerNow() throws SchedulerException {
        if (guard.runningSince().isPresent()) {
            return TriggerResult.ALREADY_RUNNING;
        }
        queue(clock.instant());
        return TriggerResult.QUEUED;
    }

    /** A one-off firing that came due at {@code requestedAt}; Quartz holds it back while the job runs. */
    void queue(Instant requestedAt) throws SchedulerException {
        JobDataMap data = new JobDataMap();
        data.put(ScanJob.REQUESTED_AT, requestedAt.toEpochMilli());
        scheduler.triggerJob(JOB, data);
    }

    /** When the daily trigger fires next. */
    public Optional<Instant> nextScan() {
        try {
            Trigger daily = scheduler.getTrigger(DAILY);
            return Optional.ofNullable(daily).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    public DailyScanTime time() {
        return time;
    }

    public ScheduleStatus status() {
        return new ScheduleStatus(Optional.of(time), nextScan(), guard.runningSince(), runner.lastRun());
    }

    /**
     * Stops the scheduler without waiting for a scan under way: it is left RUNNING in the store
     * and resumed at the next start.
     */
    @Override
    public void close() {
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the scan scheduler: " + e.getMessage(), e);
        }
    }

    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "medadwatch-scans-" + INSTANCES.incrementAndGet());
        p.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
        // one worker: scans never run side by side, and a trigger due during one waits for it
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "medadwatch-scan");
        return p;
    }
}
