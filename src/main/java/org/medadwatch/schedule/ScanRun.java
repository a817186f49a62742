package org.medadwatch.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.scan.ScanSummary;

/**
 * What one firing of the schedule did. The scan itself (its pages, findings, new clues) is
 * recorded in the store's scans table by the pipeline; this is the firing's side of it.
 *
 * @param result   ran to the end, failed, or skipped and why
 * @param dueAt    when the trigger came due
 * @param started  when the firing began
 * @param ended    when it ended
 * @param summary  the scan's summary, when it ran to its end (FINISHED or NO_ANSWER)
 * @param failure  what went wrong, when it failed (FAILED or NO_ANSWER)
 */
public record ScanRun(Result result, Instant dueAt, Instant started, Instant ended, Optional<ScanSummary> summary,
                      Optional<String> failure) {
    public enum Result {
        FINISHED,
        /** The scan threw; it stays RUNNING in the store and the next run resumes it. */
        FAILED,
        /**
         * The scan ran to its end but nothing answered (our network down?): it is recorded FAILED
         * in the store, does not count as done, and is retried ({@link ScanRetry}).
         */
        NO_ANSWER,
        /** Another scan of the folder was under way: never two at once. */
        SKIPPED_RUNNING,
        /** A scan that ended after this one came due covers it (see {@link ScanDue}). */
        SKIPPED_COVERED
    }

    public ScanRun {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(failure, "failure");
    }

    static ScanRun skipped(Result why, Instant dueAt, Instant now) {
        return new ScanRun(why, dueAt, now, now, Optional.empty(), Optional.empty());
    }

    public Duration took() {
        return Duration.between(started, ended);
    }
}
