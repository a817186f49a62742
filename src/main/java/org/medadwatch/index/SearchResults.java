package org.medadwatch.index;

import java.util.List;

/**
 * The pages a query found, best first.
 *
 * @param totalHits how many pages match in all (may be more than {@code hits} holds)
 */
public record SearchResults(long totalHits, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults empty() {
        return new SearchResults(0, List.of());
    }
}
