package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.detect.Category;
import org.medadwatch.evidence.EvidenceRef;

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
        // V1's tables, V2 review: reviews, batches, feedback; V3 accounts: users; V6 sessions (V5 rebuilt clues, so by name)
        assertTrue(query("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT IN ('schema_version') ORDER BY name)")
                .equals("batch_clues,batches,clue_events,clue_reviews,clues,feedback,findings,pages,scans,sessions,sites,users"));
    }

    @Test
    void v6RebuildsCluesKeepingEveryRowAndMarksPastHandSetJurisdictionsManual() throws SQLException {
        Path file = dir.resolve("medadwatch.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(c, "PRAGMA foreign_keys = ON");
            Migrations.bundled().upTo(5).apply(c, file, java.time.Clock.systemUTC());
            exec(c, "INSERT INTO scans (id, started, seeds_file, status) VALUES (1, '2026-03-01T02:00:00.000Z', 's.csv', 'FINISHED')");
            exec(c, "INSERT INTO sites (id, url, name, kind, region) VALUES (1, 'http://a.example/', 'a', 'SITE', '330100')");
            exec(c, "INSERT INTO pages (id, url, site_id, final_url, http_status, content_sha256, first_seen, last_fetched,"
                    + " last_changed, first_scan, last_scan, last_judged_scan, is_medical_ad, ad_kind, warc_file,"
                    + " warc_record_id, payload_digest) VALUES (1, 'http://a.example/p', 1, 'http://a.example/p', 200, 'x',"
                    + " '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', 1, 1, 1, 1, 'MEDICAL_AD', 'w', 'r', 'd')");
            for (int i = 1; i <= 2; i++) {
                exec(c, "INSERT INTO clues (id, number, number_year, number_seq, page_id, category, status, status_changed,"
                        + " first_seen, last_seen, first_scan, last_scan, jurisdiction_code, jurisdiction_name,"
                        + " jurisdiction_source, excerpt, basis, warc_file, warc_record_id, payload_digest) VALUES (" + i
                        + ", 'XS-2026-00000" + i + "', 2026, " + i + ", 1, '" + category(i) + "', 'NEW', '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', 1, 1,"
                        + " '330200', '浙江省宁波市', 'SEED', '', '', 'w', 'r', 'd')");
                exec(c, "INSERT INTO findings (page_id, clue_id, category, rule_id, evidence, evidence_key, start_offset,"
                        + " end_offset, basis, note, first_seen, last_seen, first_seen_scan, last_seen_scan)"
                        + " VALUES (1, " + i + ", '" + category(i) + "', 'r', 'e', 'e', 0, 1, '', '', '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', 1, 1)");
            }
            // before V6 an analyst's choice was stored as SEED, beside its event
            exec(c, "INSERT INTO clue_events (clue_id, at, actor, action, detail) VALUES (2, '2026-03-01T02:00:00.000Z', 'ana', 'jurisdiction', '')");
        }

        try (Store store = Store.open(dir)) {
            assertEquals(Jurisdiction.Source.SEED, store.clues().expect("XS-2026-000001").jurisdiction().source());
            assertEquals(Jurisdiction.Source.MANUAL, store.clues().expect("XS-2026-000002").jurisdiction().source());
            assertEquals(2, store.pages().findings("http://a.example/p").size());
            // foreign keys are on again and still point at the rebuilt table
            StoreException e = assertThrows(StoreException.class, () -> store.write(c -> ClueTracker.update(c,
                    "INSERT INTO clue_events (clue_id, at, actor, action) VALUES (99, '2026-03-01T02:00:00.000Z', 'a', 'x')")));
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        }
        assertEquals(String.valueOf(Migrations.BUNDLED.size()), query("SELECT max(version) FROM schema_version"));
        assertEquals("ok", query("PRAGMA integrity_check"));
    }

    private static String category(int i) {
        return i == 1 ? "CURE_GUARANTEE" : "ABSOLUTE_TERM";
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void v8KeepsOldScansAsTheyWereAndAFailedScanSaysWhyAndIsNotTheLastFinished() throws SQLException {
        Path file = dir.resolve("medadwatch.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.bundled().upTo(7).apply(c, file, java.time.Clock.systemUTC());
            exec(c, "INSERT INTO scans (id, started, finished, seeds_file, status) VALUES"
                    + " (1, '2026-03-01T02:00:00.000Z', '2026-03-01T02:30:00.000Z', 's.csv', 'FINISHED')");
        }
        try (Store store = Store.open(dir)) {
            assertEquals(java.util.Optional.empty(), store.scans().expect(1).failure());
            long id = store.scans().start("s.csv");
            Scan failed = store.scans().fail(id, "所有抓取均失败（2 个地址）");
            assertEquals(ScanStatus.FAILED, failed.status());
            assertEquals(java.util.Optional.of("所有抓取均失败（2 个地址）"), failed.failure());
            assertTrue(failed.finished().isPresent());
            assertEquals(1, store.scans().findLastFinished().orElseThrow().id(), "a failed scan is not a finished one");
            assertEquals(id, store.scans().findLastFailed().orElseThrow().id());
            assertTrue(store.scans().findRunning().isEmpty());
            assertThrows(IllegalArgumentException.class, () -> store.scans().finish(id, ScanStatus.FAILED),
                    "a failed scan says why");
        }
    }

    @Test
    void v9KeepsOldEvidenceWithoutAnOffsetAndRecordsTheOffsetOfNewEvidence() throws SQLException {
        String a = "http://nanke.example/a.html";
        Path file = dir.resolve("medadwatch.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(c, "PRAGMA foreign_keys = ON");
            Migrations.bundled().upTo(8).apply(c, file, java.time.Clock.systemUTC());
            exec(c, "INSERT INTO scans (id, started, finished, seeds_file, status) VALUES"
                    + " (1, '2026-03-01T02:00:00.000Z', '2026-03-01T02:30:00.000Z', 's.csv', 'FINISHED')");
            exec(c, "INSERT INTO sites (id, url, name, kind, region) VALUES (1, 'http://nanke.example/', 'a', 'SITE', '')");
            exec(c, "INSERT INTO pages (id, url, site_id, final_url, http_status, content_sha256, first_seen, last_fetched,"
                    + " last_changed, first_scan, last_scan, last_judged_scan, is_medical_ad, ad_kind, warc_file,"
                    + " warc_record_id, payload_digest) VALUES (1, '" + a + "', 1, '" + a + "', 200, 'x',"
                    + " '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', 1, 1, 1, 1,"
                    + " 'MEDICAL_AD', 'old.warc.gz', '<urn:uuid:old>', 'sha256:00')");
            exec(c, "INSERT INTO clues (id, number, number_year, number_seq, page_id, category, status, status_changed,"
                    + " first_seen, last_seen, first_scan, last_scan, jurisdiction_code, jurisdiction_name,"
                    + " jurisdiction_source, excerpt, basis, warc_file, warc_record_id, payload_digest) VALUES (1,"
                    + " 'XS-2026-000001', 2026, 1, 1, 'CURE_GUARANTEE', 'NEW', '2026-03-01T02:00:00.000Z',"
                    + " '2026-03-01T02:00:00.000Z', '2026-03-01T02:00:00.000Z', 1, 1, NULL, '未分配', 'UNASSIGNED', '', '',"
                    + " 'old.warc.gz', '<urn:uuid:old>', 'sha256:00')");
        }
        EvidenceRef old = new EvidenceRef("old.warc.gz", "<urn:uuid:old>", "sha256:00");
        try (Store store = Store.open(dir)) {
            assertEquals(old, store.pages().find(a).orElseThrow().evidence(), "no offset: found by scanning");
            assertEquals(old, store.clues().expect("XS-2026-000001").evidence());
            assertEquals(java.util.Set.of(old), store.pages().citedEvidence());

            long scan = store.scans().start("s.csv");
            store.tracker().record(Observations.page(a).scan(scan).warcOffset(4096)
                    .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治").build());
            store.tracker().record(Observations.page("http://nanke.example/b.html").scan(scan).warcOffset(0)
                    .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治").build());
            assertEquals(OptionalLong.of(4096), store.pages().find(a).orElseThrow().evidence().offset());
            assertEquals(OptionalLong.of(4096), store.clues().expect("XS-2026-000001").evidence().offset(),
                    "the open clue cites the new capture, offset and all");
            assertEquals(OptionalLong.of(0), store.clues().expect("XS-2026-000002").evidence().offset(),
                    "offset 0 is an offset, not NULL");
            assertEquals(java.util.Set.of(OptionalLong.of(4096), OptionalLong.of(0)),
                    store.pages().citedEvidence().stream().map(EvidenceRef::offset).collect(Collectors.toSet()),
                    "the old capture is no longer cited");
            StoreException e = assertThrows(StoreException.class, () -> store.write(c -> ClueTracker.update(c,
                    "UPDATE pages SET warc_offset = -1 WHERE url = ?", a)));
            assertTrue(e.getMessage().contains("CHECK"), e.getMessage());
        }
    }

    @Test
    void v10LeavesAScanFromBeforeWithoutHeartbeatAndStampsOneWhenItIsBeatenOrANewScanStarts() throws SQLException {
        Path file = dir.resolve("medadwatch.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.bundled().upTo(9).apply(c, file, java.time.Clock.systemUTC());
            exec(c, "INSERT INTO scans (id, started, finished, seeds_file, status) VALUES"
                    + " (1, '2026-03-01T02:00:00.000Z', '2026-03-01T02:30:00.000Z', 's.csv', 'FINISHED')");
            exec(c, "INSERT INTO scans (id, started, seeds_file, status) VALUES"
                    + " (2, '2026-03-02T02:00:00.000Z', 's.csv', 'RUNNING')");  // left by a killed scan
        }
        java.time.Instant t = java.time.Instant.parse("2026-03-02T03:00:00Z");
        try (Store store = Store.open(dir, java.time.Clock.fixed(t, java.time.ZoneOffset.UTC))) {
            ScanProgress old = store.scans().findRunningProgress().orElseThrow();
            assertEquals(2, old.scan().id());
            assertEquals(java.util.Optional.empty(), old.heartbeat(), "a scan from before V10 has no heartbeat");
            assertEquals("2026-03-01T02:30:00.000Z", query("SELECT finished FROM scans WHERE id = 1"));

            assertTrue(store.scans().beat(2), "resumed, it beats");
            assertEquals(java.util.Optional.of(t), store.scans().findRunningProgress().orElseThrow().heartbeat());
            store.scans().finish(2, ScanStatus.FINISHED);
            long id = store.scans().start("s.csv");
            assertEquals(java.util.Optional.of(t), store.scans().findRunningProgress().orElseThrow().heartbeat());
            assertEquals(id, store.scans().findRunningProgress().orElseThrow().scan().id());
        }
        assertNull(query("SELECT heartbeat FROM scans WHERE id = 1"), "a scan that ended before V10 keeps none");
        assertEquals("10", query("SELECT max(version) FROM schema_version"));
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
        int future = Migrations.BUNDLED.size() + 1;
        exec("INSERT INTO schema_version VALUES (" + future + ", 'V" + future + "__future.sql', 'x', '2030-01-01T00:00:00.000Z')");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("schema version " + future) && e.getMessage().contains("up to " + Migrations.BUNDLED.size()), e.getMessage());
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
