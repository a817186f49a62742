package org.medadwatch.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits one CSV line into its cells. */
public final class CsvLine {
    private CsvLine() {
    }

    /**
     * The cells of {@code line}: double quotes may wrap a cell and {@code ""} stands for a quote
     * inside one. Empty when a quote is left open, so a caller can name the bad line.
     */
    public static Optional<List<String>> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(cur.toString());
        return Optional.of(fields);
    }
}
