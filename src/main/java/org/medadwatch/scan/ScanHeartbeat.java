package org.medadwatch.scan;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import org.medadwatch.store.ScanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While a scan runs, stamps its heartbeat in the store every {@code interval} on a daemon thread
 * of its own ({@link ScanRepository#beat}), so that the web UI can tell a scan whose process is
 * alive from one whose process was killed and left it RUNNING. The first beat is at once: a
 * resumed scan's heartbeat is as old as the crash.
 *
 * <p>A beat that fails (the database busy past its timeout with another process's writes, say)
 * is logged, at WARN the first time only, and the next beat tries again: the scan goes on. Close
 * it before the scan is finished or failed; after {@link #close()} returns, no beat runs.
 */
final class ScanHeartbeat implements AutoCloseable {
    /** How often a scan says it is alive. The web UI calls it interrupted after a few missed beats. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ScanHeartbeat.class);
    /** How long {@link #close()} waits for a beat under way (one waiting on a busy database). */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    private final long scanId;
    private final LongPredicate beat;
    private final ScheduledExecutorService executor;
    private final AtomicInteger beats = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    /** Beats for {@code scanId} every {@link #DEFAULT_INTERVAL}. */
    ScanHeartbeat(ScanRepository scans, long scanId) {
        this(scans, scanId, DEFAULT_INTERVAL);
    }

    ScanHeartbeat(ScanRepository scans, long scanId, Duration interval) {
        this(scanId, Objects.requireNonNull(scans, "scans")::beat, interval);
    }

    /**
     * @param beat stamps the scan's heartbeat; returns false when the scan is no longer RUNNING
     */
    ScanHeartbeat(long scanId, LongPredicate beat, Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("heartbeat interval must be positive: " + interval);
        }
        this.scanId = scanId;
        this.beat = Objects.requireNonNull(beat, "beat");
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scan-heartbeat-" + scanId);
            t.setDaemon(true);
            return t;
        });
        // fixed delay, not rate: beats that waited on a busy database do not bunch up after it
        executor.scheduleWithFixedDelay(this::beat, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            if (beat.test(scanId)) {
                beats.incrementAndGet();
            } else {
                LOG.debug("scan {} is no longer running; heartbeat not stamped", scanId);
            }
        } catch (RuntimeException e) {
            // thrown out of a scheduled task, it would cancel every later beat
            if (failures.getAndIncrement() == 0) {
                LOG.warn("scan {}: heartbeat not stamped ({}); the scan goes on, the next beat tries again,"
                        + " further failures are logged at DEBUG", scanId, e.toString());
            } else {
                LOG.debug("scan {}: heartbeat not stamped again ({})", scanId, e.toString());
            }
        }
    }

    /** Beats stamped so far. */
    int beats() {
        return beats.get();
    }

    /** Beats that failed so far. */
    int failures() {
        return failures.get();
    }

    /** Stops beating; waits for a beat under way, so none lands after the scan is closed. */
    @Override
    public void close() {
        executor.shutdown();  // cancels the beats to come; one under way finishes
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("scan {}: heartbeat did not stop within {}", scanId, CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
