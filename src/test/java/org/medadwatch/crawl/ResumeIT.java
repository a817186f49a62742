package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl killed with SIGKILL (destroyForcibly) mid-way and started again with the same
 * frontier continues where it stopped: every page is delivered at least once over both runs,
 * and the second run does not fetch the site from scratch.
 */
class ResumeIT {
    private static final int PAGES = 300;

    @TempDir
    Path tmp;

    @Test
    void killedCrawlResumesFromItsFrontier() throws Exception {
        try (TestSite site = new TestSite()) {
            StringBuilder root = new StringBuilder("<html><body>");
            for (int i = 0; i < PAGES; i++) {
                root.append("<a href='/p").append(i).append("'>").append(i).append("</a>");
                int n = i;
                site.handler("/p" + i, ex -> {
                    sleep(15);
                    TestSite.send(ex, 200, "text/html", ("<html><body>page " + n + " <a href='/p" + ((n + 1) % PAGES)
                            + "'>next</a></body></html>").getBytes(StandardCharsets.UTF_8));
                });
            }
            site.html("/", root.append("</body></html>").toString());

            Path frontier = tmp.resolve("frontier");
            Path first = tmp.resolve("first.txt");
            Path second = tmp.resolve("second.txt");

            Process run1 = child(site.url("/"), frontier, first, tmp.resolve("report1.txt"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines(first).size() < PAGES / 4 && System.nanoTime() < deadline && run1.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(run1.isAlive(), "first run must still be crawling when killed");
            run1.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            List<String> firstUrls = lines(first);
            assertTrue(firstUrls.size() < PAGES, "killed mid-crawl: " + firstUrls.size());
            assertTrue(Files.exists(frontier.resolve("medadwatch-crawl.properties")), "frontier left behind");

            Process run2 = child(site.url("/"), frontier, second, tmp.resolve("report2.txt"));
            assertTrue(run2.waitFor(120, TimeUnit.SECONDS), "second run finishes");
            assertEquals(0, run2.exitValue(), Files.readString(tmp.resolve("child.log")));
            List<String> secondUrls = lines(second);

            Set<String> all = new HashSet<>(firstUrls);
            all.addAll(secondUrls);
            for (int i = 0; i < PAGES; i++) {
                assertTrue(all.contains(site.url("/p" + i)), "page " + i + " delivered at least once");
            }
            assertTrue(all.contains(site.url("/")));
            String report2 = Files.readString(tmp.resolve("report2.txt"));
            assertTrue(report2.contains("resumed=true"), report2);
            assertTrue(report2.contains("finished=true"), report2);
            Set<String> again = new HashSet<>(secondUrls);
            again.retainAll(new HashSet<>(firstUrls));
            // only pages in flight at the kill (at most one per worker thread, plus slack) come again
            assertTrue(again.size() <= 4, "re-delivered after resume: " + again);
            assertTrue(secondUrls.size() <= PAGES + 1 - firstUrls.size() + 4,
                    "second run fetched " + secondUrls.size() + " after first delivered " + firstUrls.size());
            assertTrue(!Files.exists(frontier), "a finished crawl removes its frontier");
        }
    }

    private Process child(String seedUrl, Path frontier, Path delivered, Path report) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), ResumeCrawlMain.class.getName(),
                seedUrl, frontier.toString(), delivered.toString(), report.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("child.log").toFile()));
        return pb.start();
    }

    private static List<String> lines(Path p) throws Exception {
        if (!Files.exists(p)) {
            return List.of();
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
