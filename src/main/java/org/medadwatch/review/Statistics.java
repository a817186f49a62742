package org.medadwatch.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;

/**
 * The figures of a period, days counted in {@code zone}; see {@link StatisticsService} for what
 * each one counts.
 *
 * @param from           first day
 * @param to             last day, inclusive
 * @param zone           the zone whose days these are
 * @param pagesMonitored 监测页面数
 * @param medicalAds     医疗广告数: of those pages, the ones judged medical ads
 * @param cluesFound     发现线索数: clues first seen in the period
 * @param byCategory     those clues by category, most first (categories without clues left out)
 * @param byRegion       those clues by jurisdiction, most first
 * @param byStatus       those clues by their status now, every status in lifecycle order
 * @param dispatched     派发: clues dispatched in the period
 * @param viewed         签收: of those, the ones viewed by the end of the period
 * @param handled        处置: of those, the ones with an outcome recorded by the end of the period
 * @param handlingRate   处置率 = handled / dispatched, 0 when none were dispatched
 * @param perDay         every day of the period, in order, with clues found and dispatched
 */
public record Statistics(LocalDate from, LocalDate to, ZoneId zone, long pagesMonitored, long medicalAds,
                         long cluesFound, List<CategoryCount> byCategory, List<RegionCount> byRegion,
                         List<StatusCount> byStatus, long dispatched, long viewed, long handled, double handlingRate,
                         List<DayCount> perDay) {
    /** Clues of one category. */
    public record CategoryCount(Category category, long clues) {
        public CategoryCount {
            Objects.requireNonNull(category, "category");
        }
    }

    /** Clues of one jurisdiction; the code is empty for 未分配. */
    public record RegionCount(Optional<String> code, String name, long clues) {
        public RegionCount {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Clues in one status. */
    public record StatusCount(ClueStatus status, long clues) {
        public StatusCount {
            Objects.requireNonNull(status, "status");
        }
    }

    /** One day: clues first seen, clues dispatched. */
    public record DayCount(LocalDate day, long found, long dispatched) {
        public DayCount {
            Objects.requireNonNull(day, "day");
        }
    }

    public Statistics {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        byCategory = List.copyOf(byCategory);
        byRegion = List.copyOf(byRegion);
        byStatus = List.copyOf(byStatus);
        perDay = List.copyOf(perDay);
    }
}
