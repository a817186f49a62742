package org.medadwatch.crawl;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validators remembered from the last scan, so a re-scan asks "changed since?" and a 304 becomes
 * {@link FetchOutcome#NOT_MODIFIED}. Supplied by the store; looked up by normalised URL.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RevisitHints {
    /** No hints: every request is unconditional. */
    RevisitHints NONE = url -> Optional.empty();

    Optional<Validators> find(String normalisedUrl);

    /** Hints from a fixed map of normalised URL to validators. */
    static RevisitHints of(Map<String, Validators> byUrl) {
        Map<String, Validators> copy = Map.copyOf(byUrl);
        return url -> Optional.ofNullable(copy.get(url));
    }

    /**
     * @param etag         the ETag last seen, sent as If-None-Match
     * @param lastModified the Last-Modified last seen (HTTP-date text), sent as If-Modified-Since
     */
    record Validators(Optional<String> etag, Optional<String> lastModified) {
        public Validators {
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }
}
