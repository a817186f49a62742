package org.medadwatch.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.medadwatch.clue.ClueSheetCsv;

/**
 * How this package writes xlsx: text as inline strings, never formulas, so that crawled text
 * such as {@code =HYPERLINK(...)} stays text in Excel; control characters dropped as in the CSV
 * sheet (they are not even allowed in the sheet's XML).
 */
final class XlsxCells {
    static final String APPLICATION = "MedAd Watch";
    static final String VERSION = "1.0";

    private XlsxCells() {
    }

    static Workbook workbook(OutputStream out) {
        return new Workbook(new UnclosedStream(out), APPLICATION, VERSION);
    }

    static void text(Worksheet ws, int row, int col, String value) {
        String clean = ClueSheetCsv.clean(value);
        if (!clean.isEmpty()) {
            ws.inlineString(row, col, clean);
        }
    }

    static void header(Worksheet ws, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            ws.inlineString(0, i, names.get(i));
            ws.style(0, i).bold().set();
        }
        ws.freezePane(0, 1);
    }

    /** The workbook closes what it writes to on finish; the caller owns the stream. */
    private static final class UnclosedStream extends java.io.FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
