package org.medadwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.SeedFile;
import org.medadwatch.crawl.SeedFileException;
import org.medadwatch.crawl.SeedList;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.scan.ScanPipeline;
import org.medadwatch.scan.ScanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scan", description = "Crawl the seeds once: keep evidence, judge, index, store clues. "
        + "Run it again after a crash and it resumes.")
final class ScanCommand implements Callable<Integer> {
    @Option(names = "--seeds", required = true, paramLabel = "FILE", description = "Seed list CSV: name,url,kind,region,max_pages,max_depth.")
    Path seeds;

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    DetectorOptions detection = new DetectorOptions();

    @Option(names = "--config", paramLabel = "FILE", description = "Crawl settings (properties) overriding the defaults, e.g. crawl.user.agent.")
    Path config;

    @Option(names = "--politeness-ms", paramLabel = "MS", description = "Pause between two requests to one host (default 1000).")
    Long politenessMs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, SeedFileException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SeedList list = SeedFile.read(seeds);
        list.problems().forEach(p -> err.println("medadwatch scan: " + seeds + ":" + p.line() + ": " + p.reason() + " (row skipped)"));
        if (list.seeds().isEmpty()) {
            err.println("medadwatch scan: no usable seeds in " + seeds);
            return ExitCodes.CONFIG;
        }
        ProgressLine progress = new ProgressLine(err, System.console() != null);
        ScanSummary summary = new ScanPipeline(data.folder(), detection.detector(detection.ruleBook()), settings(),
                ExtractionLimits.defaults()).run(seeds.toString(), list.seeds(), progress);
        progress.finish();
        new ScanReport(out).print(summary);
        return list.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private CrawlSettings settings() throws IOException {
        Map<String, String> overrides = new HashMap<>();
        if (config != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.stringPropertyNames().forEach(k -> overrides.put(k, p.getProperty(k)));
        }
        CrawlSettings s = CrawlSettings.from(overrides);
        return politenessMs == null ? s : s.withPolitenessDelay(Duration.ofMillis(politenessMs));
    }
}
