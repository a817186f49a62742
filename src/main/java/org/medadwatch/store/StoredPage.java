package org.medadwatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.clue.PageRemoval;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.evidence.EvidenceRef;

/**
 * A page as the store holds it: its latest capture.
 *
 * @param lastChanged    when its content last differed from the capture before
 * @param lastScan       the last scan that fetched it (judged or found unchanged)
 * @param lastJudgedScan the last scan that judged its content
 * @param rulesFingerprint the rules fingerprint its verdict was made under ('' before migration V4)
 * @param removal        when the page, or its site, was found gone; empty while it is live
 */
public record StoredPage(long id, String url, String finalUrl, int httpStatus, String contentSha256,
                         Instant firstSeen, Instant lastFetched, Instant lastChanged, long firstScan, long lastScan,
                         long lastJudgedScan, AdKind adKind, EvidenceRef evidence, String rulesFingerprint,
                         Optional<PageRemoval> removal) {
    public StoredPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(adKind, "adKind");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rulesFingerprint, "rulesFingerprint");
        Objects.requireNonNull(removal, "removal");
    }

    public PageState state() {
        return removal.isPresent() ? PageState.REMOVED : PageState.LIVE;
    }

    /**
     * Whether a capture with this content needs no judging under this fingerprint: the page is
     * live, its content is the stored one, and so is the rule set that judged it.
     */
    public boolean judgedAlready(String contentSha256, String fingerprint) {
        return removal.isEmpty() && this.contentSha256.equals(contentSha256) && rulesFingerprint.equals(fingerprint);
    }
}
