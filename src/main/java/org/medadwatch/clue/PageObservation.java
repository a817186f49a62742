package org.medadwatch.clue;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.detect.Verdict;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.page.ExtractedPage;

/**
 * One fetched and judged page, as the store records it: everything a clue needs, and the
 * evidence record it cites. The WARC record named by {@code evidence} must be written (and
 * flushed) before the observation is recorded, so that no clue cites evidence that does not exist.
 *
 * @param scanId        the scan that fetched it
 * @param site          the seed it was reached from
 * @param url           the URL as requested: the page's identity across scans
 * @param finalUrl      where redirects ended (equal to {@code url} when there were none)
 * @param httpStatus    the final HTTP status
 * @param contentSha256 hex SHA-256 of the response body, the change detector of last resort
 * @param etag          the ETag header, if any, for conditional re-fetch
 * @param lastModified  the Last-Modified header as sent, if any
 * @param fetchedAt     when the response arrived
 * @param evidence      the WARC response record holding the body
 * @param page          what extraction made of it (facts, title, charset)
 * @param verdict       what detection made of it (ad kind and findings)
 * @param rulesFingerprint the rule set and detector that gave the verdict: a later scan under
 *                      another fingerprint judges the page again even if it is unchanged
 */
public record PageObservation(long scanId, Site site, URI url, URI finalUrl, int httpStatus,
                              String contentSha256, Optional<String> etag, Optional<String> lastModified,
                              Instant fetchedAt, EvidenceRef evidence, ExtractedPage page, Verdict verdict,
                              String rulesFingerprint) {
    public PageObservation {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rulesFingerprint, "rulesFingerprint");
        if (!contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 is not 64 lower-case hex digits: " + contentSha256);
        }
    }
}
