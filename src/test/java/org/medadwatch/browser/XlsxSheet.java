package org.medadwatch.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** A downloaded workbook's sheet, read back with fastexcel-reader: its name and its cells as text. */
record XlsxSheet(String name, List<String> sheetNames, List<List<String>> rows) {

    /** The first sheet; every row padded to its own last cell, empty cells as "". */
    static XlsxSheet read(Path file) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            Sheet sheet = wb.getFirstSheet();
            List<List<String>> out = new ArrayList<>();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(r -> {
                    while (out.size() < r.getRowNum() - 1) {
                        out.add(List.of());   // a missing (empty) row
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(Optional.ofNullable(r.getCell(i)).map(Cell::getText).orElse(""));
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    out.add(cells);
                });
            }
            return new XlsxSheet(sheet.getName(), names, out);
        }
    }

    List<String> header() {
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    /** The data row whose first cell is {@code key}. */
    Optional<List<String>> row(String key) {
        return rows.stream().skip(1).filter(r -> !r.isEmpty() && r.get(0).equals(key)).findFirst();
    }

    /** A data row's cell by its header name ("" past the row's last non-empty cell). */
    String cell(List<String> row, String column) {
        int i = header().indexOf(column);
        if (i < 0) {
            throw new AssertionError("no column " + column + " in " + header());
        }
        return i < row.size() ? row.get(i) : "";
    }
}
