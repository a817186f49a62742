package org.medadwatch.review;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.medadwatch.clue.ClueSheetCsv;

/**
 * Writes a batch's clue sheet as CSV for Excel, as {@link ClueSheetCsv} writes the clue sheet
 * (UTF-8 byte-order mark, CRLF, RFC 4180 quoting, formula-injection guard; its own line writer),
 * with the columns of {@link BatchRow#HEADER}.
 */
public final class BatchSheetCsv {
    private BatchSheetCsv() {
    }

    /** Writes the sheet, byte-order mark first; the writer must encode UTF-8. Does not close it. */
    public static void write(List<BatchRow> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        ClueSheetCsv.writeLine(BatchRow.HEADER, out);
        for (BatchRow row : rows) {
            ClueSheetCsv.writeLine(row.cells(), out);
        }
        out.flush();
    }
}
