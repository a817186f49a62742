package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.demo.DemoSite;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.index.PageIndex;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.store.Store;
import org.medadwatch.store.Timestamps;

/**
 * {@code scan} killed with SIGKILL mid-way and run again: it resumes, every page ends up stored
 * once, no clue is duplicated, every cited evidence record exists, and the index holds every page.
 * The killed scan's heartbeat stops at the kill; the resumed scan's moves on.
 */
class ScanKillIT {
    @Test
    void killedScanResumesWithoutLossOrDuplicates(@TempDir Path dir) throws Exception {
        try (DemoSite site = DemoSite.start()) {
            Path seeds = site.writeSeeds(dir.resolve("seeds.csv"));
            Path approvals = DemoSite.writeApprovals(dir.resolve("approvals.csv"));
            Path data = dir.resolve("data");
            Process run1 = scan(dir, seeds, approvals, data, "1");
            waitForPages(data, 6, run1);
            run1.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks, no clean close
            Instant killed = Instant.now();
            int storedAtKill = pages(data);
            assertTrue(storedAtKill < 34, "killed mid-scan, after " + storedAtKill + " pages");
            Instant lastBeat = heartbeat(data);
            assertFalse(lastBeat.isAfter(killed), "nothing beats for a killed scan: " + lastBeat);

            Process run2 = scan(dir, seeds, approvals, data, "2");
            assertTrue(run2.waitFor(120, TimeUnit.SECONDS), "second run finishes");
            assertEquals(0, run2.exitValue(), Files.readString(dir.resolve("run-2.log")));
            assertTrue(Files.readString(dir.resolve("run-2.log")).contains("resumed and finished"),
                    Files.readString(dir.resolve("run-2.log")));

            Instant resumedBeat = heartbeat(data);
            assertTrue(resumedBeat.isAfter(killed), "the resumed scan beats from its start: " + resumedBeat);
            try (Store store = Store.open(data)) {
                assertEquals(34, store.pages().count(), "every page stored once");
                List<ClueRow> rows = store.clues().sheet(ClueFilter.all());
                assertEquals(rows.size(), rows.stream().map(r -> r.url() + "|" + r.category()).distinct().count(),
                        "no duplicate clue");
                EvidenceReader reader = new EvidenceReader(data.resolve("warc"));
                for (var ref : store.pages().citedEvidence()) {
                    assertTrue(reader.find(ref).isPresent(), "cited evidence exists: " + ref);
                }
            }
            try (PageIndex index = PageIndex.open(data.resolve("index"))) {
                assertEquals(34, index.size(), "pages recorded before the kill were re-indexed");
            }
        }
    }

    private static Process scan(Path dir, Path seeds, Path approvals, Path data, String run) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.medadwatch.cli.Main", "scan", "--seeds", seeds.toString(), "--data", data.toString(),
                "--approvals", approvals.toString(), "--as-of", "2026-11-01", "--rules", "rules", "--politeness-ms", "400");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("run-" + run + ".log").toFile());
        return pb.start();
    }

    private static void waitForPages(Path data, int atLeast, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(data.resolve(Store.FILE_NAME)) && pages(data) >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("scan did not store " + atLeast + " pages in time");
    }

    /** The only scan's heartbeat, read from its row whatever its status (the repository shows it for RUNNING ones). */
    private static Instant heartbeat(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT heartbeat FROM scans")) {
            assertTrue(rs.next(), "one scan");
            Instant heartbeat = Timestamps.parse(rs.getString(1));
            assertFalse(rs.next(), "one scan only: the second run resumed the first");
            return heartbeat;
        }
    }

    private static int pages(Path data) {
        try (Store store = Store.open(data)) {
            return store.pages().count();
        }
    }
}
