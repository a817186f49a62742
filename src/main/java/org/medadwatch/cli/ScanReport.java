package org.medadwatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeMap;
import org.medadwatch.scan.ScanCounters;
import org.medadwatch.scan.ScanSummary;

/** The summary a scan ends with. */
final class ScanReport {
    private final PrintWriter out;

    ScanReport(PrintWriter out) {
        this.out = out;
    }

    void print(ScanSummary summary) {
        ScanCounters.Snapshot s = summary.counters();
        String ended = summary.failure().map(why -> "FAILED (" + why + ")").orElse("finished");
        out.printf(Locale.ROOT, "scan %d %s in %.1f s%n", summary.scanId(), summary.resumed() ? "resumed and " + ended : ended,
                s.seconds());
        out.printf(Locale.ROOT, "  pages fetched %d (%.1f/s), unchanged %d, judged %d, re-judged under changed rules %d,"
                + " medical ads %d, refused %d%n",
                s.fetched(), s.pagesPerSecond(), s.unchanged(), s.judged(), s.rejudged(), s.medicalAds(), s.rejected());
        out.printf(Locale.ROOT, "  pages found removed %d%n", s.removed());
        if (!s.failures().isEmpty()) {
            out.println("  not fetched: " + s.failures());
        }
        out.printf(Locale.ROOT, "  findings %d, new clues %d, clues no longer shown %d%n", s.findings(), s.newClues(),
                s.cluesGone());
        long open = summary.openClues().values().stream().mapToLong(Long::longValue).sum();
        out.println("  open clues: " + open);
        new TreeMap<>(summary.openClues()).forEach((category, n) ->
                out.printf(Locale.ROOT, "    %-30s %-24s %4d%n", category, category.chineseName(), n));
    }
}
