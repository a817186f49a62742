package org.medadwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medadwatch.app.RuleBook;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.SeedFile;
import org.medadwatch.demo.DemoSite;
import org.medadwatch.detect.Detector;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.ScanPipeline;
import org.medadwatch.scan.ScanSummary;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.store.Store;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Role;
import org.medadwatch.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = {"Serve the bundled demo sites on loopback, scan them, print the clues found,",
        "then serve the review web UI on the demo scan (with a demo login) until Ctrl-C; --no-serve stops after the summary."})
final class DemoCommand implements Callable<Integer> {
    /** The date the demo pages' approvals are judged at (the date the sample corpus was labelled for). */
    static final LocalDate DEMO_DATE = LocalDate.of(2026, 11, 1);

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the demo scan (default: a new temporary folder).")
    Path data;

    @Option(names = "--politeness-ms", description = "Pause between two requests to one demo host. Default: ${DEFAULT-VALUE}.")
    long politenessMs = 50;

    @Option(names = "--no-serve", description = "Scan, print the summary and exit, without the web UI.")
    boolean noServe;

    @Option(names = "--port", description = "Port of the web UI. Default: ${DEFAULT-VALUE}.")
    int port = WebConfig.DEFAULT_PORT;

    @Mixin
    DetectorOptions detection = new DetectorOptions();

    @Spec
    CommandSpec spec;

    static final String DEMO_USER = "demo";
    /** A demo on loopback only: the password is printed for the person running it. */
    static final String DEMO_PASSWORD = "demo-password";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = data != null ? data : Files.createTempDirectory("medadwatch-demo-");
        Files.createDirectories(folder);
        try (DemoSite site = DemoSite.start()) {
            Path seeds = site.writeSeeds(folder.resolve("demo-seeds.csv"));
            Path approvals = DemoSite.writeApprovals(folder.resolve("demo-approvals.csv"));
            out.println("demo sites on 127.0.0.2-6; seeds " + seeds + "; data " + folder);
            // The demo pages are judged against their own registry, as of the date they were labelled for.
            if (detection.approvals == null) {
                detection.approvals = approvals;
            }
            if (detection.asOf == null) {
                detection.asOf = DEMO_DATE;
            }
            RuleBook book = detection.ruleBook();
            Detector detector = detection.detector(book);
            CrawlSettings settings = CrawlSettings.defaults().withPolitenessDelay(Duration.ofMillis(politenessMs));
            ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), System.console() != null);
            ScanSummary summary = new ScanPipeline(new DataFolder(folder), detector, detection.fingerprint(book), settings,
                    ExtractionLimits.defaults())
                    .run(seeds.toString(), SeedFile.read(seeds).seeds(), progress);
            progress.finish();
            new ScanReport(out).print(summary);
            printClues(out, folder);
            out.println();
            out.println("next: java -jar target/medadwatch.jar export --data " + folder + " --out clues.csv");
            out.println("      java -jar target/medadwatch.jar search --data " + folder + " 根治");
        }
        if (noServe) {
            return ExitCodes.OK;
        }
        try (Store store = Store.open(folder)) {
            AccountService accounts = new AccountService(store.accounts());
            if (accounts.find(DEMO_USER).isEmpty()) {
                accounts.add(DEMO_USER, DEMO_PASSWORD.toCharArray(), Role.SUPERVISOR);
            }
        }
        WebServer server = WebServer.start(new DataFolder(folder), WebConfig.defaults().withPort(port), spec.commandLine().getErr());
        out.println();
        out.println("web UI: " + server.url() + "  login: " + DEMO_USER + " / " + DEMO_PASSWORD + " (supervisor)  Ctrl-C to stop");
        out.flush();
        server.awaitShutdown();
        return ExitCodes.OK;
    }

    private static void printClues(PrintWriter out, Path folder) {
        try (Store store = Store.open(folder)) {
            List<ClueRow> rows = store.clues().sheet(ClueFilter.all());
            out.println();
            out.println("clues (线索), first 20 of " + rows.size() + ":");
            rows.stream().limit(20).forEach(r -> out.printf(Locale.ROOT, "  %s  %-10s %-14s %s  %s%n", r.number(),
                    r.jurisdiction().name(), r.category().chineseName(), r.advertiser().orElse(r.siteName()), oneLine(r.excerpt())));
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
