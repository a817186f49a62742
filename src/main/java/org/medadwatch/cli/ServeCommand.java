package org.medadwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medadwatch.index.IndexLockedException;
import org.medadwatch.index.PageIndex;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.OpenDataFolder;
import org.medadwatch.schedule.DailyScanTime;
import org.medadwatch.schedule.ScanDue;
import org.medadwatch.schedule.ScanGuard;
import org.medadwatch.schedule.ScanRun;
import org.medadwatch.schedule.ScheduledScans;
import org.medadwatch.schedule.TriggerResult;
import org.medadwatch.store.Scan;
import org.medadwatch.store.Store;
import org.medadwatch.web.WebConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the review web UI (Chinese) over a data folder until Ctrl-C; with --seeds, also scan them daily.",
        "Add accounts first: echo PASSWORD | medadwatch user add --name NAME --role analyst --password-stdin"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--port", description = "TCP port. Default: ${DEFAULT-VALUE}.")
    int port = WebConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = WebConfig.DEFAULT_HOST;

    @Option(names = "--overdue-days", description = "A dispatched clue not signed for or not handled after this many days is overdue. Default: ${DEFAULT-VALUE}.")
    int overdueDays = 15;

    @Option(names = "--secure-cookies", description = "Mark the session cookie Secure (when an https proxy fronts the UI).")
    boolean secureCookies;

    @Option(names = "--seeds", paramLabel = "FILE", description = "Seed list CSV to scan daily; repeat for several. "
            + "Without it there are no scheduled scans.")
    List<Path> seeds = new ArrayList<>();

    @Option(names = "--scan-at", paramLabel = "HH:mm", converter = ScanAtConverter.class,
            description = "Daily scan time (24-hour clock). Default: 02:00.")
    LocalTime scanAt = DailyScanTime.DEFAULT_AT;

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone of --scan-at. Default: Asia/Shanghai.")
    ZoneId timeZone = DailyScanTime.DEFAULT_ZONE;

    @Option(names = "--scan-now", description = "Scan once right after start-up, then daily.")
    boolean scanNow;

    @Mixin
    DetectorOptions detection = new DetectorOptions();

    @Mixin
    CrawlOptions crawl = new CrawlOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WebConfig config = WebConfig.defaults().withHost(host).withPort(port).withOverdueDays(overdueDays)
                .withSecureCookies(secureCookies);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seeds.isEmpty()) {
            for (String option : List.of("--scan-now", "--scan-at", "--time-zone")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), option + " needs --seeds FILE: without seeds there is no schedule");
                }
            }
            WebServer server = WebServer.start(data.folder(), config, err);
            printUrl(out, server);
            out.println("scheduled scans: off (no --seeds FILE given). The index is open read-only: a 'scan' of this"
                    + " data folder may run beside this server (from cron, say), and search shows its pages as it commits them.");
            out.flush();
            server.awaitShutdown();
            return ExitCodes.OK;
        }
        return serveWithSchedule(config, out, err);
    }

    private int serveWithSchedule(WebConfig config, PrintWriter out, PrintWriter err) throws Exception {
        // Everything a scan needs is checked before anything is opened: bad seeds, rules or settings end it here.
        SeedFiles list = SeedFiles.read(seeds);
        list.problems().forEach(p -> err.println("medadwatch serve: " + p));
        if (list.seeds().isEmpty()) {
            err.println("medadwatch serve: no usable seeds in " + list.label());
            return ExitCodes.CONFIG;
        }
        detection.detector(detection.ruleBook());
        crawl.settings();
        DailyScanTime time = new DailyScanTime(scanAt, timeZone);

        DataFolder folder = data.folder();
        Store store = Store.open(folder.root());
        PageIndex index;
        try {
            index = PageIndex.open(folder.index());
        } catch (IndexLockedException e) {
            store.close();
            err.println("medadwatch serve: the index lock " + e.lockFile() + " is held by another process (a 'scan' still"
                    + " running, or another serve --seeds): scheduled scans need the index. Start serve again when it has stopped.");
            return ExitCodes.IN_USE;
        }
        OpenDataFolder open = new OpenDataFolder(folder, store, index);
        ScheduledScans scans;
        try {
            scans = ScheduledScans.start(time, new ServedScanTask(seeds, open, detection, crawl), ScanGuard.of(folder),
                    store.scans(), Clock.systemUTC(), run -> report(out, run));
        } catch (Exception e) {
            index.close();
            store.close();
            throw e;
        }
        WebServer server;
        try {
            server = WebServer.start(folder, store, Optional.of(index), config, scans::status);
        } catch (RuntimeException e) {
            scans.close();
            throw e;
        }
        printUrl(out, server);
        out.println("scheduled scans: daily at " + time + " over " + list.label() + " (" + list.seeds().size()
                + " seeds); next " + scans.nextScan().map(t -> local(t, time.zone())).orElse("none"));
        ScanDue due = scans.startUpCheck();
        if (due.due() || scanNow) {
            TriggerResult result = scans.triggerNow();
            out.println((scanNow ? "scanning now (--scan-now)" : "scanning now: " + explain(due, time.zone()))
                    + (result == TriggerResult.ALREADY_RUNNING ? "; a scan is already running" : ""));
        }
        out.flush();
        server.awaitShutdown(scans);
        return ExitCodes.OK;
    }

    private void printUrl(PrintWriter out, WebServer server) {
        out.println("MedAd Watch web UI: " + server.url() + "  (data " + data.data + "; Ctrl-C to stop)");
    }

    static String explain(ScanDue due, ZoneId zone) {
        return switch (due.reason()) {
            case UNFINISHED -> "a scan was left unfinished; it resumes";
            case NEVER_SCANNED -> "no scan of this data folder has finished yet";
            case LAST_FAILED -> "the last scan failed (" + due.lastFailed().flatMap(Scan::failure).orElse("")
                    + ") and does not count";
            case NOT_COVERED -> "the scan due at " + local(due.dueAt(), zone) + " was missed (last finished "
                    + due.lastFinished().map(t -> local(t, zone)).orElse("never") + ")";
            case COVERED -> "not due";
        };
    }

    private static void report(PrintWriter out, ScanRun run) {
        switch (run.result()) {
            case FINISHED -> new ScanReport(out).print(run.summary().orElseThrow());
            case FAILED -> out.println("scheduled scan failed: " + run.failure().orElse("") + " (the next run resumes it)");
            case NO_ANSWER -> {
                new ScanReport(out).print(run.summary().orElseThrow());
                out.println("scheduled scan failed: " + run.failure().orElse("")
                        + "; nothing answered (network down?), so it does not count and is tried again later");
            }
            case SKIPPED_RUNNING -> out.println("scheduled scan skipped: another scan of this data folder is running");
            case SKIPPED_COVERED -> out.println("scheduled scan skipped: a scan that ended after it came due covers it");
        }
        out.flush();
    }

    static String local(Instant t, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT).withZone(zone).format(t);
    }

    /** {@code --scan-at}: HH:mm, named in the error when it is not. */
    static final class ScanAtConverter implements CommandLine.ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            try {
                return DailyScanTime.parseAt(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --time-zone}: a region id, named in the error when unknown. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return DailyScanTime.parseZone(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
