package org.medadwatch.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The schedule at one moment, for the web UI. The last finished scan itself is in the store.
 *
 * @param time          the daily start; empty when {@code serve} has no seeds and so no schedule
 * @param nextScan      when the daily trigger fires next
 * @param runningSince  when the scan under way started
 * @param lastRun       the last firing in this process, if any
 */
public record ScheduleStatus(Optional<DailyScanTime> time, Optional<Instant> nextScan, Optional<Instant> runningSince,
                             Optional<ScanRun> lastRun) {
    public ScheduleStatus {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(nextScan, "nextScan");
        Objects.requireNonNull(runningSince, "runningSince");
        Objects.requireNonNull(lastRun, "lastRun");
    }

    /** No schedule: {@code serve} without {@code --seeds}, or the web UI of {@code demo}. */
    public static ScheduleStatus off() {
        return new ScheduleStatus(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean scheduled() {
        return time.isPresent();
    }
}
