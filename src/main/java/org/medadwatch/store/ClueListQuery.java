package org.medadwatch.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One page of the clue list: which clues, in what order, which page of them. The store does all
 * of it in SQL ({@link ClueRepository#list}), so that the list costs the same with 50 clues or
 * 50,000.
 *
 * @param filter      status, category and jurisdiction
 * @param siteText    part of the site's name, the page URL or the WeChat account, any case
 * @param seenFrom    first seen at or after this
 * @param seenBefore  first seen before this
 * @param pageUrls    only the clues of these pages (the full-text search's hits); empty means any
 * @param order       what to sort by; ties go by clue number, in the same direction
 * @param ascending   the direction
 * @param page        from 1; past the last page means the last page
 * @param pageSize    clues per page
 */
public record ClueListQuery(ClueFilter filter, Optional<String> siteText, Optional<Instant> seenFrom,
                            Optional<Instant> seenBefore, Optional<Set<String>> pageUrls, Order order, boolean ascending,
                            int page, int pageSize) {
    /** The list's sort keys. */
    public enum Order {
        /** 发现时间 */
        FOUND,
        /** 违法类型, in the order of {@link org.medadwatch.detect.Category} */
        CATEGORY,
        /** 状态, in lifecycle order */
        STATUS,
        /** 编号 */
        NUMBER
    }

    public ClueListQuery {
        Objects.requireNonNull(filter, "filter");
        siteText = Objects.requireNonNull(siteText, "siteText").map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty());
        Objects.requireNonNull(seenFrom, "seenFrom");
        Objects.requireNonNull(seenBefore, "seenBefore");
        pageUrls = Objects.requireNonNull(pageUrls, "pageUrls").map(Set::copyOf);
        Objects.requireNonNull(order, "order");
        if (page < 1) {
            throw new IllegalArgumentException("page counts from 1: " + page);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
    }

    /** Every clue, newest first, the first page. */
    public static ClueListQuery firstPage(int pageSize) {
        return firstPage(ClueFilter.all(), pageSize);
    }

    /** The clues {@code filter} takes, newest first, the first page. */
    public static ClueListQuery firstPage(ClueFilter filter, int pageSize) {
        return new ClueListQuery(filter, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Order.FOUND, false, 1, pageSize);
    }
}
