package org.medadwatch.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A piece of work on a connection, inside the store. Public only for the stages that keep tables
 * of their own in the same database ({@code org.medadwatch.review}): see
 * {@link Store#transaction(SqlWork)}.
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
