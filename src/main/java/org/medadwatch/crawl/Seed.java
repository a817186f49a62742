package org.medadwatch.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * One line of a seed list: what to crawl and which bureau answers for it.
 *
 * @param name     the site or public account as analysts call it
 * @param url      where to start
 * @param kind     {@code SITE}: crawl within the site; {@code ARTICLE}: fetch that one page
 * @param region   GB/T 2260 administrative code of the bureau responsible (6 digits), or empty
 * @param maxPages at most this many pages from this seed
 * @param maxDepth at most this many links away from the seed URL
 */
public record Seed(String name, URI url, Kind kind, String region, int maxPages, int maxDepth) {
    public enum Kind { SITE, ARTICLE }

    public Seed {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        if (maxPages < 1 || maxDepth < 0) {
            throw new IllegalArgumentException("max_pages must be >= 1 and max_depth >= 0");
        }
    }
}
