package org.medadwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered schema migrations: {@code db/migration/V<n>__<description>.sql}, numbered from 1
 * without gaps, each applied once in its own transaction and recorded in {@code schema_version}
 * with its SHA-256. Opening a database that a newer build migrated further fails, and so does one
 * whose applied script was edited since: both name the versions.
 */
final class Migrations {
    /** Every bundled migration, in order. A new migration is added here and as a resource. */
    static final List<String> BUNDLED = List.of("V1__init.sql", "V2__review.sql", "V3__accounts.sql",
            "V4__rejudge_and_removal.sql", "V5__clue_list_indexes.sql", "V6__manual_jurisdiction.sql",
            "V7__sessions.sql", "V8__scan_failure.sql", "V9__warc_offset.sql", "V10__scan_heartbeat.sql");
    static final String FOLDER = "/db/migration/";
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** A script that rebuilds a table says so on a line of its own; it then runs with foreign keys off. */
    static final String REBUILD_MARKER = "-- migration: foreign keys off";

    record Migration(int version, String name, String sql, String sha256) {
        boolean rebuildsTables() {
            return sql.lines().anyMatch(l -> l.startsWith(REBUILD_MARKER));
        }
    }

    private final List<Migration> migrations;

    Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    static Migrations bundled() {
        List<Migration> list = new ArrayList<>();
        for (String name : BUNDLED) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("migration name " + name + " is not V<n>__<description>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            if (version != list.size() + 1) {
                throw new IllegalStateException("migration " + name + " should be version " + (list.size() + 1));
            }
            String sql = resource(FOLDER + name);
            list.add(new Migration(version, name, sql, sha256(sql)));
        }
        return new Migrations(list);
    }

    /** The first {@code version} migrations: to make a database as an older build left it (tests). */
    Migrations upTo(int version) {
        return new Migrations(migrations.subList(0, version));
    }

    int latest() {
        return migrations.size();
    }

    /** Brings the database up to {@link #latest()}; returns the version it was at. */
    int apply(Connection c, Path file, Clock clock) throws SQLException {
        TreeMap<Integer, String> applied = inTransaction(c, () -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            return appliedVersions(c);
        });
        int from = applied.isEmpty() ? 0 : applied.lastKey();
        if (from > latest()) {
            throw new StoreException(file, "the database is at schema version " + from
                    + " but this build knows versions up to " + latest() + ": it was written by a newer MedAd Watch;"
                    + " use that version or a copy of the data made before the upgrade");
        }
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            Migration m = migrations.get(e.getKey() - 1);
            if (!m.sha256().equals(e.getValue())) {
                throw new StoreException(file, "migration " + m.name() + " was changed after it was applied"
                        + " (applied sha256 " + e.getValue() + ", bundled " + m.sha256() + "): add a new migration instead");
            }
        }
        for (Migration m : migrations) {
            if (m.version() <= from) {
                continue;
            }
            boolean rebuild = m.rebuildsTables();
            if (rebuild) {
                // SQLite's table rebuild: foreign keys off outside the transaction (inside, the pragma is ignored)
                exec(c, "PRAGMA foreign_keys = OFF");
            }
            try {
                apply(c, m, clock);
            } finally {
                if (rebuild) {
                    exec(c, "PRAGMA foreign_keys = ON");
                }
            }
            LOG.info("{}: applied migration {}", file, m.name());
        }
        return from;
    }

    private static void apply(Connection c, Migration m, Clock clock) throws SQLException {
        inTransaction(c, () -> {
            if (appliedVersions(c).containsKey(m.version())) {
                return null;  // another process applied it while we waited for the lock
            }
            try (Statement st = c.createStatement()) {
                for (String sql : SqlScript.statements(m.sql())) {
                    st.executeUpdate(sql);
                }
            }
            if (m.rebuildsTables()) {
                requireForeignKeysHold(c, m);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.name());
                ps.setString(3, m.sha256());
                ps.setString(4, Timestamps.format(clock.instant()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** After a rebuild with foreign keys off: every reference must still hold, or nothing is committed. */
    private static void requireForeignKeysHold(Connection c, Migration m) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("migration " + m.name() + " broke a foreign key: table " + rs.getString(1)
                        + " row " + rs.getLong(2) + " refers to a missing row of " + rs.getString(3));
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static TreeMap<Integer, String> appliedVersions(Connection c) throws SQLException {
        TreeMap<Integer, String> out = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, sha256 FROM schema_version")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    interface Body<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, Body<T> body) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
        try {
            T result = body.run();
            try (Statement st = c.createStatement()) {
                st.execute("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try (Statement st = c.createStatement()) {
                st.execute("ROLLBACK");
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration resource " + path, e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
