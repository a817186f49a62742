package org.medadwatch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.medadwatch.detect.Category;

/**
 * The index folder opened for searching only. It takes no lock, so it opens while another
 * process (serve, a scan) holds the folder's {@link PageIndex}; each search sees the pages
 * committed up to then, not a writer's uncommitted upserts. Searches answer exactly as
 * {@link PageIndex#search} does. Thread-safe.
 *
 * <pre>{@code
 * try (PageIndexReader index = PageIndexReader.open(dataDir.resolve("index"))) {
 *     SearchResults r = index.search("无痛人流", Optional.empty(), 20);
 * }
 * }</pre>
 */
public final class PageIndexReader implements PageSearch {
    private final Directory directory;
    private final PageFinder finder;

    private PageIndexReader(Directory directory) throws IOException {
        this.directory = directory;
        this.finder = new PageFinder(new SearcherManager(directory, null));
    }

    /**
     * Opens the last commit of the index in a folder; creates nothing.
     *
     * @throws IndexMissingException when the folder is missing or holds no commit yet
     */
    public static PageIndexReader open(Path indexDir) throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        // checked first: FSDirectory.open would create the folder
        if (!Files.isDirectory(indexDir)) {
            throw new IndexMissingException(indexDir.toAbsolutePath());
        }
        Directory dir = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new IndexMissingException(indexDir.toAbsolutePath());
            }
            return new PageIndexReader(dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** How many pages the last commit holds. */
    public int size() throws IOException {
        return finder.size();
    }

    /** As {@link PageIndex#search(String, Optional, int)}, over what has been committed. */
    @Override
    public SearchResults search(String query, Optional<Category> category, int limit) throws IOException {
        return finder.search(query, category, limit);
    }

    @Override
    public void close() throws IOException {
        try {
            finder.close();
        } finally {
            directory.close();
        }
    }
}
