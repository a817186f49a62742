package org.medadwatch.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index folder's write lock is held, by another process or by another open {@link PageIndex}
 * in this one: Lucene allows one writer per index, and {@link PageIndex#open} fails at once
 * rather than wait for it. To only search, open a {@link PageIndexReader}: it takes no lock.
 */
public final class IndexLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path lockFile;

    IndexLockedException(Path lockFile, Throwable cause) {
        super("the index " + lockFile.getParent() + " is in use: its write lock " + lockFile
                + " is held by another process (or another open index in this one)", cause);
        this.lockFile = lockFile;
    }

    /** The lock file, {@code index/write.lock}. */
    public Path lockFile() {
        return lockFile;
    }
}
