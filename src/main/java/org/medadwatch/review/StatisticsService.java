package org.medadwatch.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;
import org.medadwatch.store.Store;
import org.medadwatch.store.Timestamps;

/**
 * Counts a period, from the first day's start to the end of the last, in one read snapshot.
 *
 * <ul>
 *   <li>Pages monitored: pages first fetched before the period's end and fetched again at or
 *       after its start. The store keeps a page's first and latest fetch, not every fetch, so a
 *       page counts when the period falls within the span it was being fetched; with daily scans
 *       that is a page fetched in the period. Medical ads: those whose latest capture was judged
 *       a medical advertisement.</li>
 *   <li>Clues found: first seen in the period, counted by category, jurisdiction and their status
 *       now.</li>
 *   <li>Dispatched: clues whose batch went out in the period. Viewed and handled count the same
 *       clues (a cohort), viewed or answered by the end of the period, so 处置率 stays within
 *       0–100 % and a closed period's figures do not change later.</li>
 * </ul>
 */
public final class StatisticsService {
    /** The longest period: its per-day series has a row per day. */
    static final int MAX_YEARS = 10;
    private final Store store;

    public StatisticsService(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The figures from {@code from} to {@code toInclusive}, days counted in {@code zone}. */
    public Statistics period(LocalDate from, LocalDate toInclusive, ZoneId zone) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
        Objects.requireNonNull(zone, "zone");
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("统计区间的结束日期 " + toInclusive + " 早于开始日期 " + from + "，请调换或重新选择日期。");
        }
        if (from.plusYears(MAX_YEARS).isBefore(toInclusive)) {
            throw new IllegalArgumentException("统计区间最长 " + MAX_YEARS + " 年，" + from + " 至 " + toInclusive + " 超出范围，请缩短区间。");
        }
        String start = Timestamps.format(from.atStartOfDay(zone).toInstant());
        String end = Timestamps.format(toInclusive.plusDays(1).atStartOfDay(zone).toInstant());
        return store.snapshot(c -> {
            long pages = count(c, "SELECT count(*) FROM pages WHERE first_seen < ? AND last_fetched >= ?", end, start);
            long ads = count(c, "SELECT count(*) FROM pages WHERE first_seen < ? AND last_fetched >= ? AND is_medical_ad = 1",
                    end, start);

            Map<LocalDate, long[]> days = new LinkedHashMap<>();
            for (LocalDate d = from; !d.isAfter(toInclusive); d = d.plusDays(1)) {
                days.put(d, new long[2]);
            }
            Map<Category, Long> byCategory = new EnumMap<>(Category.class);
            Map<ClueStatus, Long> byStatus = new EnumMap<>(ClueStatus.class);
            Map<String, Statistics.RegionCount> byRegion = new LinkedHashMap<>();
            long found = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT first_seen, category, status, jurisdiction_code, jurisdiction_name FROM clues
                    WHERE first_seen >= ? AND first_seen < ?""")) {
                ps.setString(1, start);
                ps.setString(2, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found++;
                        bump(days, Timestamps.parse(rs.getString(1)), zone, 0);
                        byCategory.merge(Category.valueOf(rs.getString(2)), 1L, Long::sum);
                        byStatus.merge(ClueStatus.valueOf(rs.getString(3)), 1L, Long::sum);
                        Optional<String> code = Optional.ofNullable(rs.getString(4));
                        String name = rs.getString(5);
                        byRegion.merge(code.orElse("") + "\u0000" + name, new Statistics.RegionCount(code, name, 1),
                                (a, b) -> new Statistics.RegionCount(a.code(), a.name(), a.clues() + 1));
                    }
                }
            }

            long dispatched = 0;
            long viewed = 0;
            long handled = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT b.created_at, bc.viewed_at < ?, f.at < ?
                    FROM batch_clues bc JOIN batches b ON b.id = bc.batch_id LEFT JOIN feedback f ON f.clue_id = bc.clue_id
                    WHERE b.created_at >= ? AND b.created_at < ?""")) {
                ps.setString(1, end);
                ps.setString(2, end);
                ps.setString(3, start);
                ps.setString(4, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        dispatched++;
                        bump(days, Timestamps.parse(rs.getString(1)), zone, 1);
                        viewed += rs.getInt(2);
                        handled += rs.getInt(3);
                    }
                }
            }

            List<Statistics.CategoryCount> categories = new ArrayList<>();
            byCategory.forEach((k, v) -> categories.add(new Statistics.CategoryCount(k, v)));
            categories.sort((a, b) -> Long.compare(b.clues(), a.clues()));  // stable: ties stay in enum order
            List<Statistics.RegionCount> regions = new ArrayList<>(byRegion.values());
            regions.sort((a, b) -> a.clues() != b.clues() ? Long.compare(b.clues(), a.clues())
                    : a.code().orElse("999999").compareTo(b.code().orElse("999999")));
            List<Statistics.StatusCount> statuses = new ArrayList<>();
            for (ClueStatus s : ClueStatus.values()) {
                statuses.add(new Statistics.StatusCount(s, byStatus.getOrDefault(s, 0L)));
            }
            List<Statistics.DayCount> perDay = new ArrayList<>();
            days.forEach((d, n) -> perDay.add(new Statistics.DayCount(d, n[0], n[1])));
            double rate = dispatched == 0 ? 0 : (double) handled / dispatched;
            return new Statistics(from, toInclusive, zone, pages, ads, found, categories, regions, statuses,
                    dispatched, viewed, handled, rate, perDay);
        });
    }

    private static void bump(Map<LocalDate, long[]> days, Instant at, ZoneId zone, int which) {
        long[] n = days.get(at.atZone(zone).toLocalDate());
        if (n != null) {
            n[which]++;
        }
    }

    private static long count(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
