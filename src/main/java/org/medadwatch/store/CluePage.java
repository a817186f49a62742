package org.medadwatch.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;

/**
 * One page of the clue list, with the counts of all the clues the query takes.
 *
 * @param rows       this page's clues, in order
 * @param total      clues the query takes, on every page
 * @param page       this page, from 1 (the last page when more was asked for)
 * @param pages      how many pages there are, at least 1
 * @param byStatus   the query's clues per status, statuses without clues left out
 * @param byCategory the query's clues per category, likewise
 */
public record CluePage(List<ClueRow> rows, long total, int page, int pages, Map<ClueStatus, Long> byStatus,
                       Map<Category, Long> byCategory) {
    public CluePage {
        rows = List.copyOf(rows);
        Objects.requireNonNull(byStatus, "byStatus");
        Objects.requireNonNull(byCategory, "byCategory");
        EnumMap<ClueStatus, Long> statuses = new EnumMap<>(ClueStatus.class);
        statuses.putAll(byStatus);
        byStatus = Collections.unmodifiableMap(statuses);
        EnumMap<Category, Long> categories = new EnumMap<>(Category.class);
        categories.putAll(byCategory);
        byCategory = Collections.unmodifiableMap(categories);
    }
}
