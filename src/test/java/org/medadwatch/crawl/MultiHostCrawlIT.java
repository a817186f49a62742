package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.crawl.testsite.LoopbackSites;

/**
 * A crawl of 20 loopback hosts at once, politeness off: every page of every host arrives. Speed
 * is measured by {@code bench scan}, not here.
 */
class MultiHostCrawlIT {
    @TempDir
    Path tmp;

    @Test
    void everyPageOfTwentyHostsIsFetched() throws Exception {
        int hosts = 20;
        int pages = 30;
        try (LoopbackSites sites = LoopbackSites.start(hosts, pages)) {
            List<Seed> seeds = new ArrayList<>();
            for (URI root : sites.roots()) {
                seeds.add(new Seed(root.getHost(), root, Seed.Kind.SITE, "", 10_000, 100));
            }
            CrawlSettings settings = CrawlSettings.from(Map.of(
                    "crawl.politeness.delay.ms", "0",
                    "crawl.threads", System.getProperty("crawl.threads", "8"),
                    "crawl.resumable", System.getProperty("crawl.resumable", "true"),
                    "crawl.frontier.dir", tmp.resolve("frontier").toString()));
            java.util.Set<String> delivered = java.util.concurrent.ConcurrentHashMap.newKeySet();
            FetchListener listener = new FetchListener() {
                @Override
                public void fetched(FetchedPage page) {
                    delivered.add(page.url());
                }

                @Override
                public void failed(FetchFailure failure) {
                }
            };
            CrawlReport report = new Crawler().crawl(seeds, settings, listener);
            assertEquals((long) hosts * (pages + 1), report.pagesFetched());
            assertEquals(hosts * (pages + 1), delivered.size(), "each page delivered, none twice");
        }
    }
}
