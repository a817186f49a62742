package org.medadwatch.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a batch's clue sheet as xlsx: one worksheet, {@code 派发线索}, the header of
 * {@link BatchRow#HEADER} in bold and frozen, one row per clue, every cell an inline string
 * (crawled text is never a formula; see {@link XlsxCells}).
 */
public final class BatchSheetXlsx {
    /** The worksheet's name. */
    public static final String SHEET = "派发线索";

    private BatchSheetXlsx() {
    }

    /** Writes the workbook; flushes but does not close {@code out}. */
    public static void write(List<BatchRow> rows, OutputStream out) throws IOException {
        Workbook wb = XlsxCells.workbook(out);
        Worksheet ws = wb.newWorksheet(SHEET);
        XlsxCells.header(ws, BatchRow.HEADER);
        int r = 1;
        for (BatchRow row : rows) {
            List<String> cells = row.cells();
            for (int col = 0; col < cells.size(); col++) {
                XlsxCells.text(ws, r, col, cells.get(col));
            }
            if (r % 1000 == 0) {
                ws.flush();
            }
            r++;
        }
        wb.finish();
    }
}
