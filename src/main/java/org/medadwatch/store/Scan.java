package org.medadwatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run over a seed list.
 *
 * @param pagesRecorded  pages stored in this scan (judged or unchanged)
 * @param pagesJudged    pages whose content was judged in this scan
 * @param pagesUnchanged pages skipped as unchanged
 * @param findingsNew    findings first seen in this scan
 * @param findingsGone   findings found gone in this scan
 * @param cluesNew       clues made in this scan
 * @param pagesRejudged  pages judged again, their content unchanged, because the rules had changed
 *                       (counted in {@code pagesJudged} too)
 * @param pagesRemoved   pages first found removed (404, 410, site unreachable) in this scan
 * @param failure        why the scan ended {@link ScanStatus#FAILED}; empty for any other status
 */
public record Scan(long id, Instant started, Optional<Instant> finished, String seedsFile, ScanStatus status,
                   int pagesRecorded, int pagesJudged, int pagesUnchanged, int findingsNew, int findingsGone,
                   int cluesNew, int pagesRejudged, int pagesRemoved, Optional<String> failure) {
    public Scan {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(seedsFile, "seedsFile");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failure, "failure");
    }

    /** Ended FAILED: no fetch got an answer. Such a scan is not the day's scan ({@code ScanDue}). */
    public boolean failed() {
        return status == ScanStatus.FAILED;
    }
}
