package org.medadwatch.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.store.Scan;

/**
 * Whether a scan that came due at some moment still has to run, decided from the store's scans
 * table, not from Quartz's memory (its in-memory job store forgets everything when the process
 * stops, and resets a late trigger's fire time to "now"). One rule serves three cases:
 * <ul>
 * <li>at start-up, due at the latest scheduled start: a start the machine was off for is run
 *     once, as soon as {@code serve} starts (a missed run);</li>
 * <li>a daily firing, due at that day's start: a scan that ended after it (a manual one that
 *     overlapped it, or the one it waited behind) already covers it;</li>
 * <li>a manual request, due when it was made: a scan that ended after it, which it waited
 *     behind, covers it.</li>
 * </ul>
 * A scan left unfinished (a crash, or a failed run) is always due: running again resumes it.
 *
 * <p>Why the latest scheduled start and not "older than a day": a scan that ran 02:00-02:30
 * yesterday is 23h40m old at 02:10 today, so a machine that was off at 02:00 would wait for
 * tomorrow's run, nearly two days between scans.
 *
 * @param reason        why a scan is or is not due
 * @param dueAt         the moment the scan came due
 * @param lastFinished  when the last finished scan ended, if any did
 */
public record ScanDue(Reason reason, Instant dueAt, Optional<Instant> lastFinished) {
    public enum Reason {
        /** The last finished scan ended at or after the moment this one came due. */
        COVERED,
        /** No scan in the store ever finished. */
        NEVER_SCANNED,
        /** The last finished scan ended before this one came due. */
        NOT_COVERED,
        /** A scan was left unfinished: running again resumes it. */
        UNFINISHED
    }

    public ScanDue {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(lastFinished, "lastFinished");
    }

    public static ScanDue decide(Instant dueAt, Optional<Scan> lastFinished, Optional<Scan> unfinished) {
        Optional<Instant> finished = lastFinished.flatMap(Scan::finished);
        Reason reason;
        if (unfinished.isPresent()) {
            reason = Reason.UNFINISHED;
        } else if (finished.isEmpty()) {
            reason = Reason.NEVER_SCANNED;
        } else if (finished.get().isBefore(dueAt)) {
            reason = Reason.NOT_COVERED;
        } else {
            reason = Reason.COVERED;
        }
        return new ScanDue(reason, dueAt, finished);
    }

    public boolean due() {
        return reason != Reason.COVERED;
    }
}
