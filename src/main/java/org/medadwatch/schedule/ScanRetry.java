package org.medadwatch.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a scan in which nothing answered ({@link ScanRun.Result#NO_ANSWER}) is tried again:
 * {@code delay} after it ended, at most {@code max} times for one due moment, and never at or
 * past the next daily start, which runs anyway. Simple on purpose: an outage of an hour or two
 * is ridden out the same day; a longer one waits for the next daily start, or for serve's
 * start-up check, which finds no finished scan since the due time and runs at once. A scan that
 * threw is not retried here: that is a disk or configuration problem, not a blip, and the next
 * run resumes it.
 *
 * @param delay how long after a failed run the retry starts
 * @param max   retries for one due moment
 */
record ScanRetry(Duration delay, int max) {
    static final ScanRetry DEFAULT = new ScanRetry(Duration.ofHours(1), 3);

    ScanRetry {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.isZero() || max < 0) {
            throw new IllegalArgumentException("a retry waits a positive delay, at most a non-negative number of times");
        }
    }

    /**
     * When to try {@code run} again.
     *
     * @param retriesSoFar how many retries of its due moment have run, this one included
     * @param nextDaily    when the daily trigger fires next
     */
    Optional<Instant> after(ScanRun run, int retriesSoFar, Optional<Instant> nextDaily) {
        if (run.result() != ScanRun.Result.NO_ANSWER || retriesSoFar >= max) {
            return Optional.empty();
        }
        Instant at = run.ended().plus(delay);
        return nextDaily.isPresent() && !at.isBefore(nextDaily.get()) ? Optional.empty() : Optional.of(at);
    }
}
