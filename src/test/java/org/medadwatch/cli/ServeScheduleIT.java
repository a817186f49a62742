package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
import org.medadwatch.crawl.testsite.LoopbackSites;
import org.medadwatch.index.PageIndex;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.OpenDataFolder;
import org.medadwatch.schedule.DailyScanTime;
import org.medadwatch.schedule.ScanGuard;
import org.medadwatch.schedule.ScanRun;
import org.medadwatch.schedule.ScheduledScans;
import org.medadwatch.schedule.TriggerResult;
import org.medadwatch.store.Store;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Role;
import org.medadwatch.web.WebConfig;
import picocli.CommandLine;

/**
 * serve's schedule over a loopback site: a triggered scan runs through serve's own store and
 * index, and the running web UI finds its pages; a {@code scan} started beside a running
 * {@code serve --seeds} process stops at once, naming the lock; beside a {@code serve} without
 * seeds (read-only index) it runs, and that serve's search finds its pages.
 */
class ServeScheduleIT {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dir;
    static LoopbackSites site;
    static Path seeds;

    @BeforeAll
    static void startSite() throws IOException {
        site = LoopbackSites.start(1, 12);
        seeds = dir.resolve("seeds.csv");
        Files.writeString(seeds, "name,url,kind,region,max_pages,max_depth\n第0医院," + site.roots().get(0) + ",site,110000,100,5\n",
                StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void triggeredScanIsStoredIndexedAndFoundByTheRunningWebUi() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("served"));
        Store store = Store.open(folder.root());
        new AccountService(store.accounts()).add("ana", PASSWORD.toCharArray(), Role.ANALYST);
        PageIndex index = PageIndex.open(folder.index());
        DetectorOptions detection = new DetectorOptions();
        detection.rules = Path.of("rules");
        CrawlOptions crawl = new CrawlOptions();
        crawl.politenessMs = 0L;
        List<ScanRun> runs = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        // twelve hours away: only the manual trigger fires during the test
        DailyScanTime time = new DailyScanTime(LocalTime.now(DailyScanTime.DEFAULT_ZONE).withSecond(0).withNano(0).plusHours(12),
                DailyScanTime.DEFAULT_ZONE);
        ScheduledScans scans = ScheduledScans.start(time,
                new ServedScanTask(List.of(seeds), new OpenDataFolder(folder, store, index), detection, crawl),
                ScanGuard.of(folder), store.scans(), Clock.systemUTC(), run -> {
                    runs.add(run);
                    finished.countDown();
                });
        WebServer server = WebServer.start(folder, store, Optional.of(index), WebConfig.defaults().withPort(0), scans::status);
        try {
            WebClient ana = loggedIn(server.url());
            assertEquals(0, SearchResults.found(search(ana, "健康知识")), "nothing indexed yet");

            assertEquals(TriggerResult.QUEUED, scans.triggerNow());
            assertTrue(finished.await(180, TimeUnit.SECONDS), "scan finished");
            assertEquals(ScanRun.Result.FINISHED, runs.get(0).result(), runs.toString());

            int pages = site.pagesPerHost() + 1;  // the root and its pages
            assertEquals(pages, store.pages().count(), "every page stored");
            assertEquals(pages, store.scans().findLastFinished().orElseThrow().pagesRecorded());
            assertEquals(pages, index.size(), "every page indexed");
            // through the web UI on the same index, never reopened: the searcher was refreshed
            assertEquals(pages, SearchResults.found(search(ana, "健康知识")), "every page has this text");
            String cure = search(ana, "根治");
            assertEquals(1, SearchResults.found(cure), "only p10 says 三天根治牛皮癣");
            assertTrue(cure.contains("/p10.html"), cure);
            String clues = page(ana, "/clues");
            assertTrue(clues.contains("页面 " + pages + " 个"), clues);
            assertTrue(clues.contains("id=\"scan-next\">下次扫描："), clues);
        } finally {
            scans.close();
            server.close();
        }
    }

    @Test
    void scanBesideARunningServeStopsAtOnceNamingTheLock() throws Exception {
        Path data = dir.resolve("held");
        Process serve = startServe(data, "--seeds", seeds.toString(), "--scan-at", "03:00", "--rules", "rules",
                "--politeness-ms", "0");
        try {
            List<String> startUp = readUntil(serve, "scheduled scans:");
            String schedule = startUp.get(startUp.size() - 1);
            assertTrue(schedule.startsWith("scheduled scans: daily at 03:00 Asia/Shanghai over " + seeds + " (1 seeds); next 20"),
                    schedule);
            assertTrue(schedule.endsWith(" 03:00 +08:00"), schedule);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            long started = System.nanoTime();
            int exit = cli.execute("scan", "--seeds", seeds.toString(), "--data", data.toString(), "--rules", "rules",
                    "--politeness-ms", "0");
            double seconds = (System.nanoTime() - started) / 1e9;

            assertEquals(ExitCodes.IN_USE, exit, err.toString());
            String message = err.toString();
            assertTrue(message.contains("the index lock " + data.resolve("index").resolve("write.lock").toAbsolutePath()), message);
            assertTrue(message.contains("A running 'serve --seeds F' over this folder") && message.contains("stop serve first"), message);
            assertTrue(seconds < 60, "failed at once, not after a wait: " + seconds + " s");
            System.out.printf(Locale.ROOT, "scan refused beside a running serve in %.2f s%n", seconds);
            assertTrue(serve.isAlive(), "serve untouched");
        } finally {
            serve.destroy();  // SIGTERM: its shutdown hook closes the schedule, the index and the store
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stopped");
        }
        assertDoesNotThrow(() -> PageIndex.open(data.resolve("index")).close(), "serve released the lock when it stopped");
    }

    @Test
    void scanBesideAServeWithoutSeedsRunsAndItsPagesAreFoundByThatServe() throws Exception {
        Path data = dir.resolve("cron");
        try (Store store = Store.open(data)) {  // as 'user add' would: the folder has no index yet
            new AccountService(store.accounts()).add("ana", PASSWORD.toCharArray(), Role.ANALYST);
        }
        Process serve = startServe(data);
        try {
            List<String> startUp = readUntil(serve, "scheduled scans:");
            assertTrue(startUp.get(startUp.size() - 1).contains("The index is open read-only"), startUp.toString());
            String url = startUp.stream().filter(l -> l.startsWith("MedAd Watch web UI: ")).findFirst().orElseThrow()
                    .split(" ")[4];
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            WebClient ana = loggedIn(url);
            assertEquals(0, SearchResults.found(search(ana, "健康知识")), "no index yet: an empty search, not an error");

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute("scan", "--seeds", seeds.toString(), "--data", data.toString(), "--rules", "rules",
                    "--politeness-ms", "0");
            assertEquals(ExitCodes.OK, exit, err.toString());

            int pages = site.pagesPerHost() + 1;  // the root and its pages
            assertEquals(pages, SearchResults.found(search(ana, "健康知识")), "the scan's commit, seen by the running serve");
            String cure = search(ana, "根治");
            assertEquals(1, SearchResults.found(cure), "only p10 says 三天根治牛皮癣");
            assertTrue(cure.contains("/p10.html"), cure);
            assertTrue(page(ana, "/clues").contains("页面 " + pages + " 个"), "the scan's store rows, seen by the running serve");
            assertTrue(serve.isAlive(), "serve untouched");
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stopped");
        }
    }

    private static Process startServe(Path data, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.medadwatch.cli.Main", "serve", "--data", data.toString(), "--port", "0"));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(dir.resolve("serve-err.log").toFile());
        return pb.start();
    }

    /** serve's stdout up to and including the first line that starts with {@code prefix}. */
    private static List<String> readUntil(Process p, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            lines.add(line);
            if (line.startsWith(prefix)) {
                return lines;
            }
        }
        throw new AssertionError("serve ended before printing '" + prefix + "': " + lines + "\n"
                + Files.readString(dir.resolve("serve-err.log")));
    }

    private static WebClient loggedIn(String base) throws IOException, InterruptedException {
        WebClient browser = new WebClient(base);
        assertEquals(303, browser.login("ana", PASSWORD).statusCode(), "logged in");
        return browser;
    }

    private static String search(WebClient browser, String query) throws IOException, InterruptedException {
        return page(browser, "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static String page(WebClient browser, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = browser.get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
