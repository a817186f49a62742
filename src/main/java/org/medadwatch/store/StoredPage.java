package org.medadwatch.store;

import java.time.Instant;
import java.util.Objects;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.evidence.EvidenceRef;

/**
 * A page as the store holds it: its latest capture.
 *
 * @param lastChanged    when its content last differed from the capture before
 * @param lastScan       the last scan that fetched it (judged or found unchanged)
 * @param lastJudgedScan the last scan that judged its content
 */
public record StoredPage(long id, String url, String finalUrl, int httpStatus, String contentSha256,
                         Instant firstSeen, Instant lastFetched, Instant lastChanged, long firstScan, long lastScan,
                         long lastJudgedScan, AdKind adKind, EvidenceRef evidence) {
    public StoredPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(adKind, "adKind");
        Objects.requireNonNull(evidence, "evidence");
    }
}
