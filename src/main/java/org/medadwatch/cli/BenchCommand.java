package org.medadwatch.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medadwatch.app.Analyzer;
import org.medadwatch.app.RuleBook;
import org.medadwatch.bench.MatchBenchmark;
import org.medadwatch.bench.ScanBenchmark;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;
import org.medadwatch.page.ExtractedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Benchmarks: detection throughput, and crawl throughput over a loopback web.",
        subcommands = {BenchCommand.Detect.class, BenchCommand.Scan.class})
final class BenchCommand {
    /** JVM options under which `bench detect` figures are reproducible on the machines we measure on. */
    static final String STABLE_HEAP = "-XX:+UseSerialGC -Xms256m -Xmx256m -Xmn24m -XX:+AlwaysPreTouch";

    @Command(name = "detect", description = "Detection throughput against a bare Aho-Corasick scan, on one thread.")
    static final class Detect implements Callable<Integer> {
    @Mixin
    DetectorOptions options = new DetectorOptions();

    @Option(names = "--mb", description = "Megabytes of page text per round (pages repeated to reach it). Default: ${DEFAULT-VALUE}.")
    int megabytes = 20;

    @Option(names = "--rounds", description = "Timed rounds; the median is reported. Default: ${DEFAULT-VALUE}.")
    int rounds = 5;

    @Option(names = "--per-rule", description = "Also time each rule alone and list the most expensive.")
    boolean perRule;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML pages or folders whose text is scanned.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch")) {
            // On VMs that reclaim idle guest memory, every fresh heap page faults in again, and
            // allocating code (folding) measured 10x slower than with a small pre-touched heap.
            spec.commandLine().getErr().println("medadwatch bench: for stable figures run with a small pre-touched heap: "
                    + "java " + STABLE_HEAP + " -jar target/medadwatch.jar bench detect ...");
        }
        RuleBook book = options.ruleBook();
        PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());
        List<MatchBenchmark.Page> pages = new ArrayList<>();
        for (Path p : Analyzer.pages(paths)) {
            try {
                ExtractedPage page = extractor.extract(Files.readAllBytes(p), Optional.empty(), p.toString());
                pages.add(new MatchBenchmark.Page(page.text(), page.facts().advertiser()));
            } catch (PageRejectedException e) {
                spec.commandLine().getErr().println("medadwatch bench: skipped " + e.getMessage());
            }
        }
        if (pages.isEmpty()) {
            spec.commandLine().getErr().println("medadwatch bench: no pages to scan");
            return ExitCodes.CONFIG;
        }
        List<MatchBenchmark.Page> texts = new ArrayList<>();
        long bytes = 0;
        while (bytes < megabytes * 1_000_000L) {
            for (MatchBenchmark.Page p : pages) {
                texts.add(p);
                bytes += p.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        MatchBenchmark bench = new MatchBenchmark(2, rounds);
        MatchBenchmark.Figures f = bench.run(book.rules(), texts);
        out.printf(Locale.ROOT, "text: %d pages, %.1f MB UTF-8, %.1f M chars; %d rules, %d distinct anchors%n",
                texts.size(), f.textBytes() / 1e6, f.textChars() / 1e6, f.rules(), f.anchors());
        out.printf(Locale.ROOT, "bare Aho-Corasick over the anchors : %8.1f MB/s%n", f.bareMBps());
        out.printf(Locale.ROOT, "folding alone                      : %8.1f MB/s%n", f.foldMBps());
        out.printf(Locale.ROOT, "presearch (fold + anchor scan)     : %8.1f MB/s  = %.2f of bare; %.0f candidates per MB to verify%n",
                f.presearchMBps(), f.presearchRatioToBare(), f.candidatesPerMB());
        out.printf(Locale.ROOT, "detection (fold + match + verify)  : %8.1f MB/s  = %.2f of bare%n", f.detectMBps(), f.ratioToBare());
        out.printf(Locale.ROOT, "detection with %4.0f rules (doubled) : %8.1f MB/s  = %+.1f%% cost of doubling; %.0f candidates per MB%n",
                (double) f.doubledRules(), f.doubledMBps(), 100 * f.doublingCost(), f.doubledCandidates() / (f.textBytes() / 1e6));
        out.println("(CPU time of the benchmark thread; median of " + rounds + " interleaved rounds; the doubling cost is"
                + " the median of each round's ratio)");
        if (perRule) {
            out.println("most expensive rules, each alone over the pages once:");
            bench.perRule(book.rules(), pages).stream().limit(15).forEach(c ->
                    out.printf(Locale.ROOT, "  %8.2f ms %6d candidates  %s%n", c.millis(), c.candidates(), c.ruleId()));
        }
        return ExitCodes.OK;
    }
    }

    @Command(name = "scan", description = "Crawl a loopback web of many hosts, politeness off: fetch-only against the full pipeline.")
    static final class Scan implements Callable<Integer> {
        @Mixin
        DetectorOptions options = new DetectorOptions();

        @Option(names = "--hosts", description = "Loopback hosts (127.0.0.2 on). Default: ${DEFAULT-VALUE}.")
        int hosts = 20;

        @Option(names = "--pages", description = "Pages per host. Default: ${DEFAULT-VALUE}.")
        int pages = 250;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("medadwatch-bench-");
            ScanBenchmark.Figures f = new ScanBenchmark(options.detector(options.ruleBook()), CrawlSettings.defaults())
                    .run(hosts, pages, work);
            out.printf(Locale.ROOT, "loopback web: %d hosts x %d pages, politeness off, %d crawler threads%n", f.hosts(),
                    f.pagesPerHost(), CrawlSettings.defaults().threads());
            print(out, "fetch only   ", f.fetchOnly());
            print(out, "full pipeline", f.fullPipeline());
            out.printf(Locale.ROOT, "full pipeline / fetch only = %.2f; max heap allowed %d MB%n", f.ratio(),
                    Runtime.getRuntime().maxMemory() >> 20);
            return ExitCodes.OK;
        }

        private static void print(PrintWriter out, String name, ScanBenchmark.Phase p) {
            out.printf(Locale.ROOT, "%s: %d pages in %.1f s = %.1f pages/s, peak heap %d MB%n", name, p.pages(),
                    p.seconds(), p.pagesPerSecond(), p.peakHeapBytes() >> 20);
        }
    }
}
