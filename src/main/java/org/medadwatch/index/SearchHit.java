package org.medadwatch.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.medadwatch.detect.Category;

/**
 * One page found.
 *
 * @param highlights passages of the page text around the matches, the matched text between
 *                   【 and 】; plain text taken from a crawled page, so escape it before display
 */
public record SearchHit(String url, String title, float score, Instant fetchedAt, Set<Category> categories,
                        List<String> highlights) {
    public SearchHit {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        categories = Set.copyOf(categories);
        highlights = List.copyOf(highlights);
    }
}
