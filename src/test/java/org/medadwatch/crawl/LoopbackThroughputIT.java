package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.crawl.testsite.LoopbackSites;

/**
 * Fetch-only crawl of 20 loopback hosts x 250 pages with politeness off: checks that every page
 * arrives and prints pages/s. A measurement for the report, not a timed assertion; the real
 * benchmark (full pipeline) belongs to the bench package.
 */
class LoopbackThroughputIT {
    @TempDir
    Path tmp;

    @Test
    void everyPageOfTwentyHostsIsFetched() throws Exception {
        int hosts = 20;
        int pages = 250;
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
            AtomicLong bytes = new AtomicLong();
            FetchListener listener = new FetchListener() {
                @Override
                public void fetched(FetchedPage page) {
                    bytes.addAndGet(page.body().length);
                }

                @Override
                public void failed(Seed seed, String url, FetchOutcome outcome, String detail) {
                }
            };
            CrawlReport report = new Crawler().crawl(seeds, settings, listener);
            double seconds = report.elapsed().toNanos() / 1e9;
            System.out.printf(java.util.Locale.ROOT,
                    "fetch-only: %d pages, %d bytes in %.2f s = %.1f pages/s (includes ~2-3 s crawler4j shutdown polling)%n",
                    report.pagesFetched(), bytes.get(), seconds, report.pagesFetched() / seconds);
            assertEquals((long) hosts * (pages + 1), report.pagesFetched());
        }
    }
}
