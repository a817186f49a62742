package org.medadwatch.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;
import org.medadwatch.store.ClueFilter;

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
        FOUND, CATEGORY, STATUS, NUMBER;

        Comparator<ClueRow> comparator() {
            Comparator<ClueRow> byNumber = Comparator.comparing(ClueRow::number);
            return switch (this) {
                case FOUND -> Comparator.comparing(ClueRow::firstSeen).thenComparing(byNumber);
                case CATEGORY -> Comparator.comparing(ClueRow::category).thenComparing(byNumber);
                case STATUS -> Comparator.comparing(ClueRow::status).thenComparing(byNumber);
                case NUMBER -> byNumber;
            };
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

    /** The part the store filters; site, dates and search are applied to its rows. */
    ClueFilter storeFilter() {
        return new ClueFilter(status.map(Set::of).orElse(Set.of()), category.map(Set::of).orElse(Set.of()), region);
    }

    boolean accepts(ClueRow r) {
        if (site.isPresent()) {
            String needle = site.get().toLowerCase(Locale.ROOT);
            if (!r.siteName().toLowerCase(Locale.ROOT).contains(needle) && !r.url().toLowerCase(Locale.ROOT).contains(needle)) {
                return false;
            }
        }
        LocalDate day = LocalDate.ofInstant(r.firstSeen(), Layout.ZONE);
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    List<ClueRow> sorted(List<ClueRow> rows) {
        Comparator<ClueRow> c = sort.comparator();
        return rows.stream().sorted(ascending ? c : c.reversed()).toList();
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
