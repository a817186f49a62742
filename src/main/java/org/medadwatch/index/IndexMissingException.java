package org.medadwatch.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder holds no committed index: it does not exist, or is empty, or a writer has opened
 * it but not yet committed. {@link PageIndexReader#open} fails rather than create one, since a
 * reader that made an empty index would hide a mistyped {@code --data}.
 */
public final class IndexMissingException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path indexDir;

    IndexMissingException(Path indexDir) {
        super("no index in " + indexDir + ": nothing has been committed to it");
        this.indexDir = indexDir;
    }

    /** The folder looked in, absolute. */
    public Path indexDir() {
        return indexDir;
    }
}
