package org.medadwatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.medadwatch.scan.ScanCounters;

/**
 * The scan's progress on the terminal: one line redrawn in place on a console, a line every
 * few seconds when the output is a file or a pipe.
 */
final class ProgressLine implements Consumer<ScanCounters.Snapshot> {
    private final PrintWriter err;
    private final boolean console;
    private long lastLine;

    ProgressLine(PrintWriter err, boolean console) {
        this.err = err;
        this.console = console;
    }

    @Override
    public synchronized void accept(ScanCounters.Snapshot s) {
        long now = System.nanoTime();
        if (!console && now - lastLine < 5_000_000_000L) {
            return;
        }
        lastLine = now;
        String line = String.format(Locale.ROOT,
                "fetched %d, queued %d (unchanged %d, not kept %d) | judged %d, re-judged %d, medical ads %d | findings %d, new clues %d | %.1f pages/s",
                s.fetched(), s.queued(), s.unchanged(), s.failedTotal() + s.rejected(), s.judged(), s.rejudged(), s.medicalAds(), s.findings(),
                s.newClues(), s.pagesPerSecond());
        err.print(console ? "\r" + line : line + System.lineSeparator());
        err.flush();
    }

    void finish() {
        if (console) {
            err.println();
        }
    }
}
