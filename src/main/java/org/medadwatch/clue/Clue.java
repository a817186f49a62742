package org.medadwatch.clue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.detect.Category;
import org.medadwatch.evidence.EvidenceRef;

/**
 * One clue as stored: one violation category on one page, kept across scans.
 *
 * @param id           the store's key
 * @param number       the number analysts quote, e.g. {@code XS-2026-000001}
 * @param pageUrl      the page it is about
 * @param category     the violation category
 * @param status       where it stands
 * @param firstSeen    when the page first showed it
 * @param lastSeen     when a scan last saw it
 * @param firstScan    the scan that found it
 * @param lastScan     the last scan that saw it
 * @param goneScan     the scan that found all its findings gone, while they stay gone
 * @param jurisdiction the bureau that answers for it
 * @param excerpt      the offending words (for {@code UNAPPROVED_AD}, the approval problem)
 * @param basis        the legal bases cited
 * @param evidence     the WARC record of the latest capture that showed it
 * @param relapseOf    the rectified clue this one is a relapse of
 */
public record Clue(long id, String number, String pageUrl, Category category, ClueStatus status,
                   Instant firstSeen, Instant lastSeen, long firstScan, long lastScan, Optional<Long> goneScan,
                   Jurisdiction jurisdiction, String excerpt, String basis, EvidenceRef evidence,
                   Optional<Long> relapseOf) {
    public Clue {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(goneScan, "goneScan");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(relapseOf, "relapseOf");
    }

    public boolean isGone() {
        return goneScan.isPresent();
    }
}
