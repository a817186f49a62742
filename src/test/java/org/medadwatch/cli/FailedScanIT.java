package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.crawl.testsite.LoopbackSites;
import org.medadwatch.schedule.ScanDue;
import org.medadwatch.store.PageState;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Store;
import picocli.CommandLine;

/**
 * {@code scan} when nothing answers (seeds on closed loopback ports, as when the network is down):
 * it exits non-zero, the store records the scan FAILED, and it covers nothing; a later scan of a
 * live site finishes and counts, and one after that site's server is gone fails again without
 * marking its pages removed.
 */
class FailedScanIT {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run scan(Path seeds) throws IOException {
        // a loopback port refuses at once; short timeouts bound the test should one not
        Path config = Files.writeString(dir.resolve("crawl.properties"),
                "crawl.connect.timeout.ms=2000\ncrawl.read.timeout.ms=2000\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("scan", "--seeds", seeds.toString(), "--data", dir.resolve("data").toString(),
                "--rules", "rules", "--politeness-ms", "0", "--config", config.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    private Path seeds(String name, List<URI> roots) throws IOException {
        StringBuilder csv = new StringBuilder("name,url,kind,region,max_pages,max_depth\n");
        for (int i = 0; i < roots.size(); i++) {
            csv.append("第").append(i).append("医院,").append(roots.get(i)).append(",site,110000,20,2\n");
        }
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    /** A port on 127.0.0.1 that nothing listens on: bound, then let go. */
    private static URI deadRoot() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
        }
    }

    private Store store() {
        return Store.open(dir.resolve("data"));
    }

    @Test
    void aScanInWhichNothingAnsweredExitsNonZeroIsRecordedFailedAndALiveScanAfterItCounts() throws Exception {
        Instant before = Instant.now();
        Run dead = scan(seeds("dead.csv", List.of(deadRoot(), deadRoot())));

        assertEquals(ExitCodes.SCAN_FAILED, dead.exit(), dead.out() + dead.err());
        assertTrue(dead.err().contains("scan 1 failed: 所有抓取均失败（2 个地址）"), dead.err());
        assertTrue(dead.out().startsWith("scan 1 FAILED (所有抓取均失败（2 个地址）)"), dead.out());
        try (Store store = store()) {
            Scan failed = store.scans().expect(1);
            assertEquals(ScanStatus.FAILED, failed.status());
            assertEquals(Optional.of("所有抓取均失败（2 个地址）"), failed.failure());
            assertTrue(failed.finished().isPresent());
            assertEquals(Optional.empty(), store.scans().findLastFinished(), "a failed scan is not a finished one");
            ScanDue due = ScanDue.decide(before, store.scans());
            assertEquals(ScanDue.Reason.LAST_FAILED, due.reason());
            assertTrue(due.due(), "the schedule scans again");
        }

        LoopbackSites site = LoopbackSites.start(1, 3);
        Path live = seeds("live.csv", site.roots());
        try {
            Run ok = scan(live);
            assertEquals(ExitCodes.OK, ok.exit(), ok.out() + ok.err());
            assertTrue(ok.out().startsWith("scan 2 finished"), ok.out());
            try (Store store = store()) {
                Scan done = store.scans().findLastFinished().orElseThrow();
                assertEquals(2, done.id());
                assertEquals(Optional.empty(), done.failure());
                assertEquals(site.pagesPerHost() + 1, done.pagesRecorded(), "the root and its pages");
                assertEquals(ScanDue.Reason.COVERED, ScanDue.decide(before, store.scans()).reason(), "this one counts");
            }
        } finally {
            site.close();  // its port now refuses connections
        }

        Run gone = scan(live);
        assertEquals(ExitCodes.SCAN_FAILED, gone.exit(), gone.out() + gone.err());
        try (Store store = store()) {
            assertEquals(ScanStatus.FAILED, store.scans().expect(3).status());
            assertEquals(0, store.scans().expect(3).pagesRemoved());
            assertEquals(PageState.LIVE, store.pages().find(site.roots().get(0).toString()).orElseThrow().state(),
                    "nothing answered, so the site is not recorded unreachable");
            assertEquals(2, store.scans().findLastFinished().orElseThrow().id());
        }
    }
}
