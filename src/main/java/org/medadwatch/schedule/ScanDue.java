package org.medadwatch.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanRepository;
import org.medadwatch.store.ScanStatus;

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
 * A scan left unfinished (a crash, or a run that threw) is always due: running again resumes it.
 * A scan that ended FAILED (nothing answered: our network was down) covers nothing: it counts as
 * no scan at all, so the scan stays due.
 *
 * <p>Why the latest scheduled start and not "older than a day": a scan that ran 02:00-02:30
 * yesterday is 23h40m old at 02:10 today, so a machine that was off at 02:00 would wait for
 * tomorrow's run, nearly two days between scans.
 *
 * @param reason        why a scan is or is not due
 * @param dueAt         the moment the scan came due
 * @param lastFinished  when the last finished scan ended, if any did
 * @param lastFailed    the scan that ended FAILED after the last finished one, if one did
 */
public record ScanDue(Reason reason, Instant dueAt, Optional<Instant> lastFinished, Optional<Scan> lastFailed) {
    public enum Reason {
        /** The last finished scan ended at or after the moment this one came due. */
        COVERED,
        /** No scan in the store ever finished. */
        NEVER_SCANNED,
        /** The last finished scan ended before this one came due. */
        NOT_COVERED,
        /** Not covered, and a scan since the last finished one ended FAILED: nothing answered it. */
        LAST_FAILED,
        /** A scan was left unfinished: running again resumes it. */
        UNFINISHED
    }

    public ScanDue {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(lastFinished, "lastFinished");
        Objects.requireNonNull(lastFailed, "lastFailed");
    }

    /** Decided from the store's scans. */
    public static ScanDue decide(Instant dueAt, ScanRepository scans) {
        return decide(dueAt, scans.findLastFinished(), scans.findLastFailed(), scans.findRunning());
    }

    /**
     * @param lastFinished the last scan that finished; one passed in FAILED counts as none
     * @param lastFailed   the last scan that ended FAILED, if any
     * @param unfinished   a scan left RUNNING, if any
     */
    public static ScanDue decide(Instant dueAt, Optional<Scan> lastFinished, Optional<Scan> lastFailed,
                                 Optional<Scan> unfinished) {
        Optional<Instant> finished = lastFinished.filter(s -> s.status() == ScanStatus.FINISHED).flatMap(Scan::finished);
        Optional<Scan> failedSince = lastFailed.filter(Scan::failed)
                .filter(f -> finished.isEmpty() || f.finished().filter(t -> t.isAfter(finished.get())).isPresent());
        Reason reason;
        if (unfinished.isPresent()) {
            reason = Reason.UNFINISHED;
        } else if (finished.isPresent() && !finished.get().isBefore(dueAt)) {
            reason = Reason.COVERED;
        } else if (failedSince.isPresent()) {
            reason = Reason.LAST_FAILED;
        } else if (finished.isEmpty()) {
            reason = Reason.NEVER_SCANNED;
        } else {
            reason = Reason.NOT_COVERED;
        }
        return new ScanDue(reason, dueAt, finished, failedSince);
    }

    public boolean due() {
        return reason != Reason.COVERED;
    }
}
