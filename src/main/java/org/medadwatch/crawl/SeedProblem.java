package org.medadwatch.crawl;

import java.util.Objects;

/**
 * A seed-file row that was skipped, and why.
 *
 * @param line   1-based line number in the file
 * @param reason what is wrong with the row, in words an analyst can act on
 */
public record SeedProblem(int line, String reason) {
    public SeedProblem {
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
