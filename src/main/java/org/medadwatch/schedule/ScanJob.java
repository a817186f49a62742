package org.medadwatch.schedule;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz side of a scheduled scan: works out when the firing came due and hands it to the
 * runner; a run in which nothing answered is queued again later ({@link ScanRetry}). One instance
 * per firing, made by {@link ScheduledScans}' job factory.
 */
@DisallowConcurrentExecution
final class ScanJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(ScanJob.class);
    /** Trigger data of a manual request or a retry: when it came due, epoch milliseconds. */
    static final String REQUESTED_AT = "requestedAt";
    /** Trigger data of a retry: how many retries of its due moment this one makes. */
    static final String RETRY = "retry";

    private final ScanRunner runner;
    private final DailyScanTime time;
    private final ScanRetry retry;

    ScanJob(ScanRunner runner, DailyScanTime time, ScanRetry retry) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.time = Objects.requireNonNull(time, "time");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        Object requested = data.get(REQUESTED_AT);
        ScanRun run = runner.runDue(dueAt(time, requested instanceof Long millis ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty(),
                context.getScheduledFireTime().toInstant(), runner.clock().instant()));
        int retries = data.get(RETRY) instanceof Integer n ? n : 0;
        try {
            Scheduler scheduler = context.getScheduler();
            Optional<Instant> nextDaily = Optional.ofNullable(scheduler.getTrigger(ScheduledScans.DAILY))
                    .map(Trigger::getNextFireTime).map(Date::toInstant);
            Optional<Instant> at = retry.after(run, retries, nextDaily);
            if (at.isPresent()) {
                scheduler.scheduleJob(retryTrigger(run.dueAt(), retries + 1, at.get()));
                LOG.info("scan due {} will be tried again at {} (retry {} of {})", run.dueAt(), at.get(), retries + 1, retry.max());
            }
        } catch (SchedulerException e) {
            LOG.warn("cannot queue a retry of the scan due {}: {}", run.dueAt(), e.toString());
        }
    }

    /** A one-off firing at {@code at}, due when the failed run was: a scan that finishes meanwhile covers it. */
    static Trigger retryTrigger(Instant dueAt, int retry, Instant at) {
        JobDataMap data = new JobDataMap();
        data.put(REQUESTED_AT, dueAt.toEpochMilli());
        data.put(RETRY, retry);
        return TriggerBuilder.newTrigger().forJob(ScheduledScans.JOB).usingJobData(data).startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
    }

    /**
     * When a firing came due: a manual request when it was made; the daily trigger at that day's
     * start. Quartz resets a late trigger's fire time to the moment it fires, and may fire a few
     * milliseconds early, so a daily firing takes the latest start at or before the later of its
     * fire time and now.
     */
    static Instant dueAt(DailyScanTime time, Optional<Instant> requestedAt, Instant scheduledFire, Instant now) {
        return requestedAt.orElseGet(() -> time.previous(scheduledFire.isAfter(now) ? scheduledFire : now));
    }
}
