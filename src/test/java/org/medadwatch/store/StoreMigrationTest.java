package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreMigrationTest {
    @TempDir
    Path dir;

    @Test
    void freshDatabaseIsMigratedAndInWalModeWithForeignKeys() throws SQLException {
        try (Store store = Store.open(dir.resolve("data"))) {
            assertEquals(dir.resolve("data").resolve("medadwatch.db").toAbsolutePath(), store.file());
            assertEquals(allVersions(), query("SELECT group_concat(version) FROM schema_version"));
            assertEquals("wal", query("PRAGMA journal_mode"));
            // foreign keys are per connection: check the store's own by breaking one
            StoreException e = assertThrows(StoreException.class, () -> store.write(c -> ClueTracker.update(c,
                    "INSERT INTO findings (page_id, clue_id, category, rule_id, evidence, evidence_key, start_offset,"
                            + " end_offset, basis, note, first_seen, last_seen, first_seen_scan, last_seen_scan)"
                            + " VALUES (99, 99, 'X', 'r', '', '', 0, 0, '', '', 't', 't', 1, 1)")));
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        }
        // V1's tables first, then the later migrations' (V2 review: reviews, batches, feedback; V3 accounts: users)
        assertTrue(query("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT IN ('schema_version') ORDER BY rowid)")
                .startsWith("scans,sites,pages,clues,findings,clue_events,clue_reviews,batches,batch_clues,feedback,users"));
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsDataAndAppliesNothingTwice() {
        long scan;
        try (Store store = Store.open(dir)) {
            scan = store.scans().start("seeds.csv");
        }
        try (Store store = Store.open(dir)) {
            assertEquals("seeds.csv", store.scans().expect(scan).seedsFile());
            assertEquals(ScanStatus.RUNNING, store.scans().findRunning().orElseThrow().status());
        }
        assertEquals(String.valueOf(Migrations.BUNDLED.size()), query("SELECT count(*) FROM schema_version"));
    }

    @Test
    void databaseOfANewerBuildIsRefusedWithTheVersions() throws SQLException {
        Store.open(dir).close();
        exec("INSERT INTO schema_version VALUES (7, 'V7__future.sql', 'x', '2030-01-01T00:00:00.000Z')");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("schema version 7") && e.getMessage().contains("up to " + Migrations.BUNDLED.size()), e.getMessage());
        assertTrue(e.getMessage().contains("medadwatch.db"), e.getMessage());
    }

    @Test
    void editedMigrationIsRefused() throws SQLException {
        Store.open(dir).close();
        exec("UPDATE schema_version SET sha256 = 'edited' WHERE version = 1");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("V1__init.sql was changed"), e.getMessage());
    }

    @Test
    void everyMigrationFileIsListedInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
            assertEquals(names, Migrations.BUNDLED);
        }
    }

    @Test
    void scriptSplitsAtSemicolonsOutsideQuotesAndComments() {
        List<String> statements = SqlScript.statements("""
                -- a comment; with a semicolon
                CREATE TABLE t (a TEXT DEFAULT 'x;y', "b;c" INTEGER); /* block; comment */
                INSERT INTO t VALUES ('it''s; fine', 1);
                """);
        assertEquals(List.of("CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" INTEGER)",
                "INSERT INTO t VALUES ('it''s; fine', 1)"), statements);
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private String query(String sql) {
        Path db = Files.exists(dir.resolve("data")) ? dir.resolve("data/medadwatch.db") : dir.resolve("medadwatch.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("medadwatch.db"));
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String allVersions() {
        StringBuilder sb = new StringBuilder();
        for (int v = 1; v <= Migrations.BUNDLED.size(); v++) {
            sb.append(v == 1 ? "" : ",").append(v);
        }
        return sb.toString();
    }
}
