package org.medadwatch.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.medadwatch.scan.ScanCounters;
import org.medadwatch.scan.ScanSummary;
import org.medadwatch.store.ScanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scan task for something that came due, unless a scan of the folder is under way or
 * the store shows one that covers it ({@link ScanDue}); logs and reports the outcome. Knows
 * nothing of Quartz.
 */
final class ScanRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScanRunner.class);

    private final ScanTask task;
    private final ScanGuard guard;
    private final ScanRepository scans;
    private final Clock clock;
    private final Consumer<ScanRun> onRun;
    private volatile Optional<ScanRun> lastRun = Optional.empty();

    ScanRunner(ScanTask task, ScanGuard guard, ScanRepository scans, Clock clock, Consumer<ScanRun> onRun) {
        this.task = Objects.requireNonNull(task, "task");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onRun = Objects.requireNonNull(onRun, "onRun");
    }

    ScanRun runDue(Instant dueAt) {
        ScanRun run = attempt(dueAt);
        lastRun = Optional.of(run);
        log(run);
        try {
            onRun.accept(run);
        } catch (RuntimeException e) {
            LOG.warn("reporting a scheduled scan's outcome failed", e);
        }
        return run;
    }

    Optional<ScanRun> lastRun() {
        return lastRun;
    }

    Clock clock() {
        return clock;
    }

    private ScanRun attempt(Instant dueAt) {
        Instant started = clock.instant();
        if (!guard.tryAcquire(started)) {
            return ScanRun.skipped(ScanRun.Result.SKIPPED_RUNNING, dueAt, started);
        }
        try {
            // read under the guard: no scan of this folder can finish between the check and the run
            if (!ScanDue.decide(dueAt, scans).due()) {
                return ScanRun.skipped(ScanRun.Result.SKIPPED_COVERED, dueAt, started);
            }
            ScanSummary summary = task.run();
            return new ScanRun(summary.failed() ? ScanRun.Result.NO_ANSWER : ScanRun.Result.FINISHED, dueAt, started,
                    clock.instant(), Optional.of(summary), summary.failure());
        } catch (Exception e) {
            LOG.error("scheduled scan failed; the next run resumes it", e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new ScanRun(ScanRun.Result.FAILED, dueAt, started, clock.instant(), Optional.empty(), Optional.of(why));
        } finally {
            guard.release();
        }
    }

    private static void log(ScanRun run) {
        switch (run.result()) {
            case FINISHED -> {
                ScanSummary s = run.summary().orElseThrow();
                ScanCounters.Snapshot c = s.counters();
                LOG.info("scan {} finished in {} s: {} pages fetched, {} unchanged, {} judged, {} new clues",
                        s.scanId(), run.took().toSeconds(), c.fetched(), c.unchanged(), c.judged(), c.newClues());
            }
            case NO_ANSWER -> LOG.warn("scan {} due {} failed after {} s: {}; it does not count as done",
                    run.summary().orElseThrow().scanId(), run.dueAt(), run.took().toSeconds(), run.failure().orElse(""));
            case FAILED -> LOG.warn("scan due {} failed after {} s: {}", run.dueAt(), run.took().toSeconds(),
                    run.failure().orElse(""));
            case SKIPPED_RUNNING -> LOG.info("scan due {} skipped: another scan of this data folder is running", run.dueAt());
            case SKIPPED_COVERED -> LOG.info("scan due {} skipped: a scan that ended after it covers it", run.dueAt());
        }
    }
}
