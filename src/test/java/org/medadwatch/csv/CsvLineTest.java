package org.medadwatch.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvLineTest {
    @Test
    void splitsPlainAndQuotedCells() {
        assertEquals(Optional.of(List.of("a", "b,c", "say \"hi\"", "")), CsvLine.split("a,\"b,c\",\"say \"\"hi\"\"\","));
    }

    @Test
    void openQuoteIsNoLine() {
        assertEquals(Optional.empty(), CsvLine.split("a,\"b,c"));
    }
}
