package org.medadwatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scan still marked RUNNING and what the store shows of its progress. The scans table counts
 * a scan's pages only when it ends; while it runs, its pages are those whose {@code last_scan}
 * it is, each stamped with when it was fetched. A killed process leaves its scan RUNNING; what
 * tells a live scan from a dead one is its heartbeat, which its process stamps while it runs
 * (migration V10). A scan started before V10 has none, and the latest page stamp is the one
 * sign of life the store has of it.
 *
 * @param scan            the scan row, status RUNNING
 * @param pagesRecorded   pages stored by this scan so far (judged or unchanged; a resumed scan's
 *                        pages from before the crash included)
 * @param lastPageFetched when the latest of them was fetched; empty before the first
 * @param heartbeat       when its process last said it was alive (its start, until the first
 *                        beat); empty for a scan started before migration V10
 */
public record ScanProgress(Scan scan, int pagesRecorded, Optional<Instant> lastPageFetched,
                           Optional<Instant> heartbeat) {
    public ScanProgress {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(lastPageFetched, "lastPageFetched");
        Objects.requireNonNull(heartbeat, "heartbeat");
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
