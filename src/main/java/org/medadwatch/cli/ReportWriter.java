package org.medadwatch.cli;

import org.medadwatch.app.PageReport;

/** Writes one judged page to the terminal or a stream. */
interface ReportWriter {
    void write(PageReport report);
}
