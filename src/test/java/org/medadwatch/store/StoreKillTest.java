package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.PageObservation;
import org.medadwatch.detect.Category;
import org.medadwatch.evidence.EvidenceRef;

/**
 * Nothing lost: a scan killed with SIGKILL mid-way resumes; every page ends up stored once, no
 * clue is doubled, and every evidence record the store cites was written before it.
 */
class StoreKillTest {
    private static final int PAGES = 120;

    @TempDir
    Path dir;

    static PageObservation observation(long scan, int i, String writer) {
        return Observations.page("http://kill.example/" + i).scan(scan)
                .at(Observations.T0.plus(Duration.ofMillis(i))).text("第" + i + "页：一次根治，国家级专家")
                .warcRecord("<urn:uuid:" + writer + "-" + i + ">")
                .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治")
                .finding(Category.ABSOLUTE_TERM, "abs-001", "国家级").build();
    }

    @Test
    void killedScanResumesWithEveryPageOnceAndNoDuplicateClue() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("evidence.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableScan.class.getName(),
                data.toString(), log.toString(), String.valueOf(PAGES))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (recordedPages(data) < PAGES / 4) {
                assertTrue(child.isAlive(), () -> "child ended early: " + read(dir.resolve("child.out")));
                assertTrue(System.nanoTime() < deadline, "child too slow");
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();  // SIGKILL on Unix
            child.waitFor(30, TimeUnit.SECONDS);
        }
        int before = recordedPages(data);
        assertTrue(before < PAGES, "killed before the end: " + before);

        try (Store store = Store.open(data)) {
            long scan = store.scans().findRunning().orElseThrow().id();
            Set<String> done = store.pages().urlsRecordedIn(scan);
            // the resumed crawler skips what was stored; a page in flight at the kill is fetched again
            for (int i = 0; i < PAGES; i++) {
                if (!done.contains("http://kill.example/" + i)) {
                    PageObservation obs = observation(scan, i, "resume");
                    Files.writeString(log, obs.evidence().recordId() + "\n", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND);
                    store.tracker().record(obs);
                }
            }
            Scan finished = store.scans().finish(scan, ScanStatus.FINISHED);

            assertEquals(PAGES, finished.pagesRecorded());
            assertEquals(PAGES, store.pages().count());
            assertEquals(2 * PAGES, store.clues().count(), "one clue per page and category");
            assertEquals(2 * PAGES, finished.cluesNew());
            Set<String> numbers = new HashSet<>();
            store.clues().sheet(ClueFilter.all()).forEach(r -> assertTrue(numbers.add(r.number())));
            Set<String> written = new HashSet<>(Files.readAllLines(log, StandardCharsets.UTF_8));
            for (EvidenceRef cited : store.pages().citedEvidence()) {
                assertTrue(written.contains(cited.recordId()), "cited but never written: " + cited);
            }
        }
        assertEquals(List.of("ok"), integrityCheck(data));
    }

    private static int recordedPages(Path data) throws Exception {
        Path db = data.resolve(Store.FILE_NAME);
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pages")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            return 0;  // not migrated yet
        }
    }

    private static List<String> integrityCheck(Path data) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
