package org.medadwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;

/**
 * The clue list in SQL: the filter as a WHERE of bound parameters, counts by one GROUP BY, the
 * page by ORDER BY … LIMIT/OFFSET. The orders match the list's indexes (migration V5), so the
 * first pages of a large list read a few rows rather than sorting all of them.
 */
final class ClueListing {
    static final String FROM = " FROM clues c JOIN pages p ON p.id = c.page_id JOIN sites s ON s.id = p.site_id";

    private ClueListing() {
    }

    /** The page the query asks for, and the counts of all it takes, from one snapshot. */
    static CluePage page(Connection c, ClueListQuery q) throws SQLException {
        SqlWhere where = where(q);
        Map<ClueStatus, Long> byStatus = new EnumMap<>(ClueStatus.class);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        long total = 0;
        // the counts need the page and site only when the filter looks at them
        String from = q.siteText().isPresent() || q.pageUrls().isPresent() ? FROM : " FROM clues c";
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT c.status, c.category, count(*)" + from + where.sql() + " GROUP BY c.status, c.category")) {
            SqlWhere.bind(ps, 1, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(3);
                    total += n;
                    byStatus.merge(ClueStatus.valueOf(rs.getString(1)), n, Long::sum);
                    byCategory.merge(Category.valueOf(rs.getString(2)), n, Long::sum);
                }
            }
        }
        int pages = (int) Math.max(1, (total + q.pageSize() - 1) / q.pageSize());
        int page = Math.min(q.page(), pages);
        List<Object> orderParams = new ArrayList<>();
        String order = orderBy(q, orderParams);
        List<ClueRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                ClueRepository.ROW_SELECT + FROM + where.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
            int next = SqlWhere.bind(ps, 1, where.params());
            next = SqlWhere.bind(ps, next, orderParams);
            ps.setInt(next, q.pageSize());
            ps.setLong(next + 1, (long) (page - 1) * q.pageSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(ClueRepository.row(rs));
                }
            }
        }
        return new CluePage(rows, total, page, pages, byStatus, byCategory);
    }

    /** The conditions of a status, category and jurisdiction filter. */
    static SqlWhere where(ClueFilter filter) {
        SqlWhere w = new SqlWhere();
        if (!filter.statuses().isEmpty()) {
            w.in("c.status", filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (!filter.categories().isEmpty()) {
            w.in("c.category", filter.categories().stream().map(Enum::name).sorted().toList());
        }
        // a range rather than substr(), so that the jurisdiction index serves it
        filter.jurisdictionPrefix().ifPresent(p -> w.and("c.jurisdiction_code >= ? AND c.jurisdiction_code < ?",
                p, p.substring(0, p.length() - 1) + (char) (p.charAt(p.length() - 1) + 1)));
        return w;
    }

    private static SqlWhere where(ClueListQuery q) {
        SqlWhere w = where(q.filter());
        q.siteText().ifPresent(t -> w.and("(instr(lower(s.name), ?) > 0 OR instr(lower(p.url), ?) > 0"
                + " OR instr(lower(coalesce(p.wechat_account, '')), ?) > 0)", t, t, t));
        q.seenFrom().ifPresent(t -> w.and("c.first_seen >= ?", Timestamps.format(t)));
        q.seenBefore().ifPresent(t -> w.and("c.first_seen < ?", Timestamps.format(t)));
        q.pageUrls().ifPresent(urls -> w.in("p.url", urls.stream().sorted().toList()));
        return w;
    }

    /** The ORDER BY; enum orders as CASE over bound names, ties by clue number. */
    private static String orderBy(ClueListQuery q, List<Object> params) {
        String dir = q.ascending() ? " ASC" : " DESC";
        String byNumber = "c.number_year" + dir + ", c.number_seq" + dir;
        return switch (q.order()) {
            case FOUND -> "c.first_seen" + dir + ", " + byNumber;
            case CATEGORY -> enumOrder("c.category", Category.values(), params) + dir + ", " + byNumber;
            case STATUS -> enumOrder("c.status", ClueStatus.values(), params) + dir + ", " + byNumber;
            case NUMBER -> byNumber;
        };
    }

    private static String enumOrder(String column, Enum<?>[] values, List<Object> params) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Enum<?> v : values) {
            sql.append(" WHEN ? THEN ?");
            params.add(v.name());
            params.add(v.ordinal());
        }
        return sql.append(" END").toString();
    }
}
