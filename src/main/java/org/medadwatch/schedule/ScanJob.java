package org.medadwatch.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz side of a scheduled scan: works out when the firing came due and hands it to the
 * runner. One instance per firing, made by {@link ScheduledScans}' job factory.
 */
@DisallowConcurrentExecution
final class ScanJob implements Job {
    /** Trigger data of a manual request: when it was made, epoch milliseconds. */
    static final String REQUESTED_AT = "requestedAt";

    private final ScanRunner runner;
    private final DailyScanTime time;

    ScanJob(ScanRunner runner, DailyScanTime time) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public void execute(JobExecutionContext context) {
        Object requested = context.getMergedJobDataMap().get(REQUESTED_AT);
        runner.runDue(dueAt(time, requested instanceof Long millis ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty(),
                context.getScheduledFireTime().toInstant(), runner.clock().instant()));
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
