package org.medadwatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scan still marked RUNNING and what the store shows of its progress. The scans table counts
 * a scan's pages only when it ends; while it runs, its pages are those whose {@code last_scan}
 * it is, each stamped with when it was fetched. The latest such stamp is the one sign of life
 * the store has: there is no heartbeat, and a killed process leaves its scan RUNNING.
 *
 * @param scan            the scan row, status RUNNING
 * @param pagesRecorded   pages stored by this scan so far (judged or unchanged; a resumed scan's
 *                        pages from before the crash included)
 * @param lastPageFetched when the latest of them was fetched; empty before the first
 */
public record ScanProgress(Scan scan, int pagesRecorded, Optional<Instant> lastPageFetched) {
    public ScanProgress {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(lastPageFetched, "lastPageFetched");
        if (scan.status() != ScanStatus.RUNNING) {
            throw new IllegalArgumentException("scan " + scan.id() + " is " + scan.status() + ", not RUNNING");
        }
        if (pagesRecorded < 0) {
            throw new IllegalArgumentException("pagesRecorded < 0: " + pagesRecorded);
        }
    }

    /** The latest page fetched, or the scan's start if that is later (or no page is stored yet). */
    public Instant lastActivity() {
        return lastPageFetched.filter(t -> t.isAfter(scan.started())).orElse(scan.started());
    }
}
