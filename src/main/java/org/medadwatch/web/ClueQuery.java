package org.medadwatch.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.store.ClueListQuery;

/**
 * The clue list's filter, sort and page, parsed from query parameters and validated at the edge.
 *
 * @param region a GB/T 2260 code prefix (1-6 digits)
 * @param site   part of the site name or URL
 * @param q      full-text query over the page index
 */
record ClueQuery(Optional<ClueStatus> status, Optional<Category> category, Optional<String> region,
                 Optional<String> site, Optional<LocalDate> from, Optional<LocalDate> to, Sort sort, boolean ascending,
                 int page, Optional<String> q) {
    static final int PAGE_SIZE = 50;

    enum Sort {
        FOUND(ClueListQuery.Order.FOUND), CATEGORY(ClueListQuery.Order.CATEGORY), STATUS(ClueListQuery.Order.STATUS),
        NUMBER(ClueListQuery.Order.NUMBER);

        private final ClueListQuery.Order order;

        Sort(ClueListQuery.Order order) {
            this.order = order;
        }
    }

    static ClueQuery parse(Function<String, String> param) {
        Optional<String> status = nonBlank(param.apply("status"));
        Optional<String> category = nonBlank(param.apply("category"));
        Optional<String> region = nonBlank(param.apply("region"));
        if (region.isPresent() && !region.get().matches("[0-9]{1,6}")) {
            throw WebException.badRequest("属地代码应为1至6位数字：" + region.get());
        }
        String sort = nonBlank(param.apply("sort")).orElse("found").toUpperCase(Locale.ROOT);
        int page;
        try {
            page = Math.max(1, Integer.parseInt(nonBlank(param.apply("page")).orElse("1")));
        } catch (NumberFormatException e) {
            throw WebException.badRequest("页码无效");
        }
        Sort s;
        try {
            s = Sort.valueOf(sort);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("未知的排序方式");
        }
        return new ClueQuery(
                status.map(v -> ClueStatus.find(v).orElseThrow(() -> WebException.badRequest("未知的状态"))),
                category.map(v -> Category.find(v).orElseThrow(() -> WebException.badRequest("未知的违法类型"))),
                region, nonBlank(param.apply("site")), date(param.apply("from")), date(param.apply("to")), s,
                "asc".equals(param.apply("dir")), page, nonBlank(param.apply("q")));
    }

    /**
     * The store's query for this page of the list: every filter, the sort and the page go to SQL.
     * Days are Beijing days: {@code to} takes the whole of its day.
     *
     * @param searchHits the pages the full-text search found, when there is a search
     */
    ClueListQuery storeQuery(Optional<Set<String>> searchHits) {
        ClueFilter filter = new ClueFilter(status.map(Set::of).orElse(Set.of()), category.map(Set::of).orElse(Set.of()), region);
        return new ClueListQuery(filter, site, from.map(d -> d.atStartOfDay(Layout.ZONE).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(Layout.ZONE).toInstant()), searchHits, sort.order, ascending,
                page, PAGE_SIZE);
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return nonBlank(s).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw WebException.badRequest("日期格式应为 yyyy-MM-dd");
        }
    }
}
