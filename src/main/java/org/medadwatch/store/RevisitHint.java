package org.medadwatch.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What the crawler needs to re-fetch a known page conditionally: the validators for
 * {@code If-None-Match} / {@code If-Modified-Since}, and the content hash that tells a page
 * unchanged when the server sends no validators.
 */
public record RevisitHint(String url, Optional<String> etag, Optional<String> lastModified, String contentSha256) {
    public RevisitHint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(contentSha256, "contentSha256");
    }
}
