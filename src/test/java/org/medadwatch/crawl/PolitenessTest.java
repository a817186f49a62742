package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolitenessTest {
    @TempDir
    Path tmp;

    @Test
    void requestsToOneHostAreSpacedByThePolitenessDelay() throws Exception {
        try (TestSite site = new TestSite()) {
            site.html("/", "<html><body><a href='/a'>a</a><a href='/b'>b</a><a href='/c'>c</a></body></html>");
            for (String p : List.of("/a", "/b", "/c")) {
                site.html(p, "<html><body>" + p + "</body></html>");
            }
            CrawlSettings settings = CrawlSettings.from(Map.of(
                    "crawl.politeness.delay.ms", "300",
                    "crawl.threads", "4",
                    "crawl.frontier.dir", tmp.resolve("frontier").toString()));
            RecordingListener listener = new RecordingListener();
            new Crawler().crawl(List.of(new Seed("polite", URI.create(site.url("/")), Seed.Kind.SITE, "", 10, 2)),
                    settings, listener);
            assertEquals(4, listener.pages.size());
            List<TestSite.Request> pages = site.requests().stream()
                    .filter(r -> !r.pathAndQuery().equals("/robots.txt")).toList();
            for (int i = 1; i < pages.size(); i++) {
                long gapMs = (pages.get(i).nanoTime() - pages.get(i - 1).nanoTime()) / 1_000_000;
                assertTrue(gapMs >= 250, "gap before " + pages.get(i).pathAndQuery() + " was " + gapMs + " ms");
            }
        }
    }
}
