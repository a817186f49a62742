package org.medadwatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.medadwatch.app.RuleBook;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.scan.OpenDataFolder;
import org.medadwatch.scan.ScanPipeline;
import org.medadwatch.scan.ScanSummary;
import org.medadwatch.schedule.ScanTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan {@code serve} runs on its schedule: the {@code scan} command's pipeline through serve's
 * open store and index. Seed files, rules and the registry are read afresh each run, so edits
 * take effect at the next scan and approvals are judged as of that day.
 */
final class ServedScanTask implements ScanTask {
    private static final Logger LOG = LoggerFactory.getLogger(ServedScanTask.class);

    private final List<Path> seedFiles;
    private final OpenDataFolder open;
    private final DetectorOptions detection;
    private final CrawlOptions crawl;

    ServedScanTask(List<Path> seedFiles, OpenDataFolder open, DetectorOptions detection, CrawlOptions crawl) {
        this.seedFiles = List.copyOf(seedFiles);
        this.open = Objects.requireNonNull(open, "open");
        this.detection = Objects.requireNonNull(detection, "detection");
        this.crawl = Objects.requireNonNull(crawl, "crawl");
    }

    @Override
    public ScanSummary run() throws Exception {
        SeedFiles seeds = SeedFiles.read(seedFiles);
        seeds.problems().forEach(p -> LOG.warn("{}", p));
        if (seeds.seeds().isEmpty()) {
            throw new IllegalStateException("no usable seeds in " + seeds.label());
        }
        RuleBook book = detection.ruleBook();
        return ScanPipeline.through(open, detection.detector(book), detection.fingerprint(book), crawl.settings(),
                ExtractionLimits.defaults()).run(seeds.label(), seeds.seeds(), progress -> { });
    }
}
