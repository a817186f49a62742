package org.medadwatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.detect.Category;

/**
 * Searches a folder's index read-only, whether or not it exists yet: before the first commit
 * (a fresh data folder, or a first scan that has not committed) every search finds nothing, and
 * each search looks again; once a commit is there it is opened as a {@link PageIndexReader},
 * whose every search then sees the latest commit. For {@code serve} without a schedule, beside
 * a {@code scan} process that holds the write lock. Takes no lock and creates nothing.
 * Thread-safe.
 */
public final class PageIndexFollower implements PageSearch {
    private final Path indexDir;
    /** null until a commit is found, and again once closed. */
    private volatile PageIndexReader reader;
    private boolean closed;

    private PageIndexFollower(Path indexDir) {
        this.indexDir = indexDir;
    }

    /**
     * Opens the folder's last commit if it has one, else waits for one.
     *
     * @throws IOException when an index is there but cannot be read (not when there is none)
     */
    public static PageIndexFollower open(Path indexDir) throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        PageIndexFollower follower = new PageIndexFollower(indexDir);
        follower.reader();
        return follower;
    }

    /** Whether a commit has been found and opened; until then searches find nothing. */
    public boolean opened() {
        return reader != null;
    }

    /** As {@link PageIndexReader#search(String, Optional, int)}; nothing found while no commit exists. */
    @Override
    public SearchResults search(String query, Optional<Category> category, int limit) throws IOException {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(category, "category");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Optional<PageIndexReader> r = reader();
        return r.isPresent() ? r.get().search(query, category, limit) : SearchResults.empty();
    }

    private Optional<PageIndexReader> reader() throws IOException {
        PageIndexReader r = reader;
        if (r != null) {
            return Optional.of(r);
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("index follower of " + indexDir + " is closed");
            }
            if (reader == null) {
                try {
                    reader = PageIndexReader.open(indexDir);
                } catch (IndexMissingException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(reader);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        PageIndexReader r = reader;
        reader = null;
        if (r != null) {
            r.close();
        }
    }
}
