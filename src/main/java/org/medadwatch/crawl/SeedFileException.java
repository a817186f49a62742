package org.medadwatch.crawl;

import java.nio.file.Path;

/** A seed file that cannot be used at all (unreadable, or a wrong header); names file and line. */
public final class SeedFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public SeedFileException(Path file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
