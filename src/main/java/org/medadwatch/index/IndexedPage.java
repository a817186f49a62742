package org.medadwatch.index;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.ad.AdKind;

/**
 * One page as the index keeps it; its URL is its identity, so indexing the same URL again
 * replaces the earlier document.
 *
 * @param url        the page URL, as the crawler normalised it
 * @param host       the URL's host, for filtering by site
 * @param title      the document title, or empty
 * @param text       the visible text extraction produced
 * @param fetchedAt  when the page was fetched
 * @param categories the categories of this scan's findings on the page; empty when none
 * @param adKind     whether detection judged it an ad, and of what kind
 * @param advertiser the advertiser extraction named, when it found one
 */
public record IndexedPage(String url, String host, String title, String text, Instant fetchedAt,
                          Set<Category> categories, Optional<AdKind> adKind, Optional<String> advertiser) {
    public IndexedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(adKind, "adKind");
        Objects.requireNonNull(advertiser, "advertiser");
        categories = Set.copyOf(categories);
        if (url.isBlank()) {
            throw new IllegalArgumentException("blank url");
        }
    }
}
