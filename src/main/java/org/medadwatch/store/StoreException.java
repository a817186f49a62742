package org.medadwatch.store;

import java.nio.file.Path;

/** The store could not do what was asked; the message names the database file. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Path database;

    public StoreException(Path database, String message, Throwable cause) {
        super(database + ": " + message, cause);
        this.database = database;
    }

    public StoreException(Path database, String message) {
        this(database, message, null);
    }

    public Path database() {
        return database;
    }
}
