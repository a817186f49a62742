package org.medadwatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.medadwatch.detect.Category;

/**
 * Analyst queries over the page index, as the web UI asks them. {@link PageIndex} answers over
 * its writer (serve with a schedule, whose scans write through it); {@link PageIndexReader} and
 * {@link PageIndexFollower} over the last commit, without the write lock, so a {@code scan}
 * process can hold it. Every implementation answers a query the same way ({@code PageFinder}).
 */
public interface PageSearch extends Closeable {
    /**
     * Finds pages containing every phrase of the query (see {@link UserQuery}), optionally only
     * pages with a finding of the given category; see {@link PageIndex#search(String, Optional, int)}.
     */
    SearchResults search(String query, Optional<Category> category, int limit) throws IOException;

    default SearchResults search(String query, int limit) throws IOException {
        return search(query, Optional.empty(), limit);
    }
}
