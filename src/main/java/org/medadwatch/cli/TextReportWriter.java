package org.medadwatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.medadwatch.app.PageReport;
import org.medadwatch.detect.Finding;
import org.medadwatch.page.ExtractedPage;

/** A report for people: the verdict, then each finding with its evidence marked in context. */
final class TextReportWriter implements ReportWriter {
    private static final int CONTEXT = 24;
    private final PrintWriter out;

    TextReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(PageReport report) {
        ExtractedPage page = report.page();
        out.println("== " + page.source());
        out.println("   " + report.verdict().ad().kind() + "  " + String.join("; ", report.verdict().ad().reasons()));
        out.println("   advertiser: " + page.facts().advertiser().orElse("-")
                + "  phones: " + (page.facts().phones().isEmpty() ? "-" : String.join(" ", page.facts().phones())));
        out.println("   approval: " + (page.facts().approvalNumbers().isEmpty() ? "-" : String.join(" ", page.facts().approvalNumbers()))
                + "  ICP: " + page.facts().icp().orElse("-"));
        if (report.verdict().findings().isEmpty()) {
            out.println("   no findings");
        }
        for (Finding f : report.verdict().findings()) {
            out.println("   [" + f.category() + "] " + f.ruleId() + " (" + f.level().name().toLowerCase(Locale.ROOT) + ") " + f.note());
            if (f.start() >= 0) {
                out.println("      " + inContext(page.text(), f.start(), f.end()));
            }
            out.println("      " + f.legalBasis());
        }
        out.println();
    }

    /** The evidence between 【 】 with some text either side, on one line. */
    static String inContext(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        String s = (from > 0 ? "…" : "") + text.substring(from, start) + "【" + text.substring(start, end) + "】"
                + text.substring(end, to) + (to < text.length() ? "…" : "");
        return s.replaceAll("\\s+", " ");
    }
}
