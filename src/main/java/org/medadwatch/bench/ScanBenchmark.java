package org.medadwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.Crawler;
import org.medadwatch.crawl.FetchFailure;
import org.medadwatch.crawl.FetchListener;
import org.medadwatch.crawl.FetchOutcome;
import org.medadwatch.crawl.FetchedPage;
import org.medadwatch.crawl.Seed;
import org.medadwatch.crawl.testsite.LoopbackSites;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.rules.RulesFingerprint;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.ScanPipeline;
import org.medadwatch.scan.ScanSummary;

/**
 * Crawl throughput over a loopback web of many hosts with politeness off: fetch-only (the
 * crawler delivering pages to a listener that counts them) against the full pipeline (evidence,
 * judging, index, store), each with the peak heap it used.
 */
public final class ScanBenchmark {
    /** Pages per second and peak heap (bytes) of one phase. */
    public record Phase(long pages, double seconds, long peakHeapBytes) {
        public double pagesPerSecond() {
            return pages / seconds;
        }
    }

    public record Figures(int hosts, int pagesPerHost, Phase fetchOnly, Phase fullPipeline) {
        public double ratio() {
            return fullPipeline.pagesPerSecond() / fetchOnly.pagesPerSecond();
        }
    }

    /** Every run scans a fresh folder, so no page is ever judged under another fingerprint. */
    private static final RulesFingerprint BENCH_RULES = RulesFingerprint.of(new TreeMap<>(), "bench");
    private final Detector detector;
    private final CrawlSettings settings;

    public ScanBenchmark(Detector detector, CrawlSettings settings) {
        this.detector = detector;
        this.settings = settings.withPolitenessDelay(Duration.ZERO);
    }

    public Figures run(int hosts, int pagesPerHost, Path workDir) throws IOException {
        try (LoopbackSites sites = LoopbackSites.start(hosts, pagesPerHost)) {
            List<Seed> seeds = sites.roots().stream().map(root ->
                    new Seed("bench " + root.getHost(), root, Seed.Kind.SITE, "330100", pagesPerHost + 1, 50)).toList();
            Phase fetchOnly = fetchOnly(seeds, workDir.resolve("fetch-only-frontier"));
            Phase full = fullPipeline(seeds, workDir.resolve("data"));
            return new Figures(hosts, pagesPerHost, fetchOnly, full);
        }
    }

    private Phase fetchOnly(List<Seed> seeds, Path frontier) {
        LongAdder pages = new LongAdder();
        resetPeaks();
        long start = System.nanoTime();
        new Crawler().crawl(seeds, settings.withFrontierDir(frontier), new FetchListener() {
            @Override
            public void fetched(FetchedPage page) {
                pages.increment();
            }

            @Override
            public void failed(FetchFailure failure) {
                // counted pages only
            }
        });
        return new Phase(pages.sum(), (System.nanoTime() - start) / 1e9, peakHeap());
    }

    private Phase fullPipeline(List<Seed> seeds, Path data) throws IOException {
        Files.createDirectories(data);
        resetPeaks();
        long start = System.nanoTime();
        ScanSummary summary = new ScanPipeline(new DataFolder(data), detector, BENCH_RULES, settings,
                ExtractionLimits.defaults())
                .run("bench", seeds, s -> { });
        return new Phase(summary.counters().fetched(), (System.nanoTime() - start) / 1e9, peakHeap());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap the phase needed at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
