package org.medadwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medadwatch.app.RuleBook;
import org.medadwatch.crawl.SeedFileException;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.index.IndexLockedException;
import org.medadwatch.index.PageIndex;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.OpenDataFolder;
import org.medadwatch.scan.ScanPipeline;
import org.medadwatch.scan.ScanSummary;
import org.medadwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scan", description = "Crawl the seeds once: keep evidence, judge, index, store clues. "
        + "Run it again after a crash and it resumes.")
final class ScanCommand implements Callable<Integer> {
    @Option(names = "--seeds", required = true, paramLabel = "FILE",
            description = "Seed list CSV: name,url,kind,region,max_pages,max_depth. Repeat for several lists.")
    List<Path> seeds;

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    DetectorOptions detection = new DetectorOptions();

    @Mixin
    CrawlOptions crawl = new CrawlOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, SeedFileException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SeedFiles list = SeedFiles.read(seeds);
        list.problems().forEach(p -> err.println("medadwatch scan: " + p));
        if (list.seeds().isEmpty()) {
            err.println("medadwatch scan: no usable seeds in " + list.label());
            return ExitCodes.CONFIG;
        }
        DataFolder folder = data.folder();
        // The index first, before the rules load: a folder another process holds is refused at once.
        PageIndex index;
        try {
            index = PageIndex.open(folder.index());
        } catch (IndexLockedException e) {
            err.println(inUse(data.data, e));
            return ExitCodes.IN_USE;
        }
        ScanSummary summary;
        ProgressLine progress = new ProgressLine(err, System.console() != null);
        try (index; Store store = Store.open(folder.root())) {
            RuleBook book = detection.ruleBook();
            summary = ScanPipeline.through(new OpenDataFolder(folder, store, index), detection.detector(book),
                    detection.fingerprint(book), crawl.settings(), ExtractionLimits.defaults())
                    .run(list.label(), list.seeds(), progress);
        }
        progress.finish();
        new ScanReport(out).print(summary);
        if (summary.failed()) {
            err.println(failed(summary));
            return ExitCodes.SCAN_FAILED;
        }
        return list.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    static String failed(ScanSummary summary) {
        return "medadwatch scan: scan " + summary.scanId() + " failed: " + summary.failure().orElse("")
                + ". No server answered (refused, timed out or name not resolved): check this machine's network"
                + " and run the scan again. It is recorded FAILED, does not count as a finished scan, and no page"
                + " was marked removed.";
    }

    /** What to do when another process holds the folder: most often a serve, which scans on its own schedule. */
    static String inUse(Path data, IndexLockedException e) {
        return "medadwatch scan: the data folder " + data + " is in use: the index lock " + e.lockFile()
                + " is held by another process, so nothing was scanned.\n"
                + "  A running 'serve --seeds F' over this folder owns the index and scans it on its schedule:"
                + " let its scheduled scan do this, restart serve with --scan-now, or stop serve first"
                + " (a serve without --seeds opens the index read-only and never blocks a scan);"
                + " otherwise another 'scan' is still running.";
    }
}
