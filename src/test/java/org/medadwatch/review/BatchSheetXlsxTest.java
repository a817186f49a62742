package org.medadwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.Category;

class BatchSheetXlsxTest {
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"点我领取\")";

    @TempDir
    Path dir;

    @Test
    void xlsxReadsBackCellByCellWithHostileTextKeptAsText() throws IOException {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, HOSTILE + "\u0007一次根治");
            f.review.confirm(List.of(a), "analyst1", "@SUM(1+1) 属实");
            Batch batch = f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", "");
            List<BatchRow> rows = f.dispatch.sheet(batch.number());
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            BatchSheetXlsx.write(rows, out);

            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertEquals(BatchSheetXlsx.SHEET, wb.getFirstSheet().getName());
                List<Row> read = wb.getFirstSheet().read();
                assertEquals(2, read.size());
                for (int col = 0; col < 21; col++) {
                    assertEquals(BatchRow.HEADER.get(col), read.get(0).getCellText(col), "header column " + col);
                }
                List<String> expected = rows.get(0).cells();
                Row row = read.get(1);
                for (int col = 0; col < 21; col++) {
                    String want = expected.get(col).replace("\u0007", "");
                    Cell cell = row.getOptionalCell(col).orElse(null);
                    if (want.isEmpty()) {
                        assertEquals(CellType.EMPTY, cell == null ? CellType.EMPTY : cell.getType(), "column " + col);
                        continue;
                    }
                    assertEquals(CellType.STRING, cell.getType(), "column " + col);
                    assertNull(cell.getFormula(), "column " + col);
                    assertEquals(want, cell.getText(), "column " + col);
                }
                assertEquals(HOSTILE + "一次根治", row.getCellText(10));
                assertEquals("某某医院1", row.getCellText(2));
                assertEquals("@SUM(1+1) 属实", row.getCellText(17));
                assertEquals("PF-2026-0001", row.getCellText(18));
            }
        }
    }
}
