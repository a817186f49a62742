package org.medadwatch.scan;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a data folder ({@code --data}, default {@code ./data}): {@code medadwatch.db}
 * (the store), {@code index/} (Lucene), {@code warc/} (evidence) and {@code frontier/} (the
 * crawler's queue of a scan under way, gone when it finishes).
 */
public record DataFolder(Path root) {
    public DataFolder {
        Objects.requireNonNull(root, "root");
    }

    public Path warc() {
        return root.resolve("warc");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path frontier(long scanId) {
        return root.resolve("frontier").resolve("scan-" + scanId);
    }
}
