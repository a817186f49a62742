/**
 * The store: one SQLite file ({@code DIR/medadwatch.db}) in WAL mode that keeps scans, pages,
 * findings, clues and the clue events, so that a re-scan judges only changed pages, a finding
 * seen again updates its clue instead of making a new one, and a killed scan resumes without
 * losing or doubling anything. {@link org.medadwatch.store.Store} opens it and applies the
 * numbered migrations in {@code db/migration/}; the repositories ({@link
 * org.medadwatch.store.ScanRepository}, {@link org.medadwatch.store.PageRepository}, {@link
 * org.medadwatch.store.ClueRepository}, {@link org.medadwatch.store.AccountRepository}, {@link
 * org.medadwatch.store.SessionRepository}) and {@link org.medadwatch.store.ClueTracker} take and
 * return records; no JDBC type crosses the package's edge, with one exception: a stage that keeps
 * tables of its own in this database ({@code org.medadwatch.review}, migration V2) runs its SQL
 * through {@link org.medadwatch.store.Store#transaction} and {@link org.medadwatch.store.Store#snapshot},
 * so that changing a clue and writing its event stay one transaction.
 *
 * <p>The clue list is filtered, counted, sorted and paged in SQL ({@link
 * org.medadwatch.store.ClueListQuery}), every value a bound parameter; the list's indexes are
 * migration V5's. A migration that must rebuild a table (SQLite cannot change a CHECK in place)
 * says so on a marker line and runs with foreign keys off, checked before it commits (V6).
 *
 * <p>The tracker lives here, not in {@code org.medadwatch.clue}, because "never a duplicate clue"
 * is kept by unique keys and one transaction per page: the dedup is the SQL. The clue package
 * holds the domain (status lifecycle, jurisdiction, the sheet) and knows nothing of the database.
 */
package org.medadwatch.store;
