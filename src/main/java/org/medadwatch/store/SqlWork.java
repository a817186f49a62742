package org.medadwatch.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on a connection, inside the store. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
