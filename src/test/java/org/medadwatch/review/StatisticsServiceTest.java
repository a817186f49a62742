package org.medadwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;

class StatisticsServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    @TempDir
    Path dir;

    /**
     * Feb 28: one clue (before the period). Mar 1: three clues (two Hangzhou, one Ningbo) and an
     * ordinary page; Mar 2: one clue at 23:30 Beijing time (15:30 UTC, still Mar 2). Dispatched
     * Mar 2: two clues, one viewed and answered Mar 3; Mar 4: the third dispatched (after the period).
     */
    private Statistics fixture(Fixture f) {
        Instant feb28 = Instant.parse("2026-02-28T02:00:00Z");
        f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "去年的旧线索", feb28, true);
        f.clock.set(Fixture.T0);
        String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
        String b = f.clue(Fixture.HANGZHOU, Category.ABSOLUTE_TERM, "最好的医院");
        String c = f.clue(Fixture.NINGBO, Category.CURE_GUARANTEE, "包治百病");
        f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "", Fixture.T0, false);  // not an ad: no clue
        String d = f.clue(Fixture.NINGBO, Category.EFFICACY_RATE, "有效率99%", Instant.parse("2026-03-02T15:30:00Z"), true);
        f.review.confirm(List.of(a, b, c), "analyst1", "");
        f.review.dismiss(List.of(d), "analyst1", "不构成");
        f.clock.set(Instant.parse("2026-03-02T03:00:00Z"));
        f.dispatch.dispatch(List.of(a, b), Fixture.HANGZHOU, "supervisor", "");
        f.clock.set(Instant.parse("2026-03-03T03:00:00Z"));
        f.feedback.record(a, Outcome.FILED, "", LocalDate.of(2026, 3, 3), "hz-bureau");
        f.clock.set(Instant.parse("2026-03-04T03:00:00Z"));
        f.dispatch.dispatch(List.of(c), Fixture.NINGBO, "supervisor", "");
        f.feedback.record(b, Outcome.UNFOUNDED, "", LocalDate.of(2026, 3, 4), "hz-bureau");  // after the period
        return f.statistics.period(MARCH_1, MARCH_3, BEIJING);
    }

    @Test
    void periodCountsCluesDispatchAndTheHandlingRate() {
        try (Fixture f = new Fixture(dir)) {
            Statistics s = fixture(f);

            assertEquals(5, s.pagesMonitored());  // the Feb 28 page was last fetched before the period
            assertEquals(4, s.medicalAds());
            assertEquals(4, s.cluesFound());
            // most first; ties in the order of Category
            assertEquals(List.of(new Statistics.CategoryCount(Category.CURE_GUARANTEE, 2),
                    new Statistics.CategoryCount(Category.EFFICACY_RATE, 1),
                    new Statistics.CategoryCount(Category.ABSOLUTE_TERM, 1)), s.byCategory());
            assertEquals(List.of(new Statistics.RegionCount(Optional.of(Fixture.HANGZHOU), "浙江省杭州市", 2),
                    new Statistics.RegionCount(Optional.of(Fixture.NINGBO), "浙江省宁波市", 2)), s.byRegion());
            assertEquals(7, s.byStatus().size());
            assertEquals(new Statistics.StatusCount(ClueStatus.FEEDBACK, 2), s.byStatus().get(ClueStatus.FEEDBACK.ordinal()));
            assertEquals(new Statistics.StatusCount(ClueStatus.DISPATCHED, 1), s.byStatus().get(ClueStatus.DISPATCHED.ordinal()));
            assertEquals(new Statistics.StatusCount(ClueStatus.DISMISSED, 1), s.byStatus().get(ClueStatus.DISMISSED.ordinal()));
            assertEquals(new Statistics.StatusCount(ClueStatus.NEW, 0), s.byStatus().get(ClueStatus.NEW.ordinal()));
            assertEquals(2, s.dispatched());
            assertEquals(1, s.viewed());
            assertEquals(1, s.handled());
            assertEquals(0.5, s.handlingRate(), 1e-9);
        }
    }

    @Test
    void perDaySeriesHasEveryDayOfThePeriodInTheGivenZone() {
        try (Fixture f = new Fixture(dir)) {
            Statistics s = fixture(f);

            assertEquals(List.of(new Statistics.DayCount(MARCH_1, 3, 0),
                    new Statistics.DayCount(LocalDate.of(2026, 3, 2), 1, 2),
                    new Statistics.DayCount(MARCH_3, 0, 0)), s.perDay());
            // in UTC the 23:30 Beijing clue still falls on Mar 2, and nothing moves: the days are the zone's
            assertEquals(4, f.statistics.period(MARCH_1, MARCH_3, ZoneId.of("UTC")).cluesFound());
        }
    }

    @Test
    void handlingRateIsZeroWhenNothingWasDispatched() {
        try (Fixture f = new Fixture(dir)) {
            f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            Statistics s = f.statistics.period(MARCH_1, MARCH_1, BEIJING);
            assertEquals(0, s.dispatched());
            assertEquals(0.0, s.handlingRate());
            assertThrows(IllegalArgumentException.class, () -> f.statistics.period(MARCH_3, MARCH_1, BEIJING));
            assertThrows(IllegalArgumentException.class,
                    () -> f.statistics.period(MARCH_1, MARCH_1.plusYears(20), BEIJING));
        }
    }

    @Test
    void statisticsXlsxReadsBackSheetBySheet() throws IOException {
        try (Fixture f = new Fixture(dir)) {
            Statistics s = fixture(f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            StatisticsXlsx.write(s, out);

            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertEquals(StatisticsXlsx.SHEETS, wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
                List<Row> summary = wb.findSheet("概况").orElseThrow().read();
                assertEquals(List.of("指标", "数值"), texts(summary.get(0)));
                assertEquals("2026-03-01 至 2026-03-03（Asia/Shanghai）", summary.get(1).getCellText(1));
                assertEquals(List.of("监测页面数", "医疗广告数", "发现线索数", "派发线索数", "签收线索数", "处置线索数", "处置率"),
                        summary.subList(2, 9).stream().map(r -> r.getCellText(0)).toList());
                assertEquals(List.of(5, 4, 4, 2, 1, 1), summary.subList(2, 8).stream()
                        .map(r -> r.getCellAsNumber(1).orElseThrow().intValueExact()).toList());
                assertEquals(0, new BigDecimal("0.5").compareTo(summary.get(8).getCellAsNumber(1).orElseThrow()));

                List<Row> categories = wb.findSheet("按类别").orElseThrow().read();
                assertEquals(List.of("类别代码", "违法类型", "线索数"), texts(categories.get(0)));
                assertEquals(List.of("CURE_GUARANTEE", "保证治愈/隐含保证治愈"), texts(categories.get(1)).subList(0, 2));
                assertEquals(2, categories.get(1).getCellAsNumber(2).orElseThrow().intValueExact());

                List<Row> regions = wb.findSheet("按属地").orElseThrow().read();
                assertEquals(List.of("330100", "浙江省杭州市"), texts(regions.get(1)).subList(0, 2));

                List<Row> statuses = wb.findSheet("按状态").orElseThrow().read();
                assertEquals(8, statuses.size());
                assertEquals(List.of("待审核", "NEW"), texts(statuses.get(1)).subList(0, 2));

                List<Row> days = wb.findSheet("按日").orElseThrow().read();
                assertEquals(List.of("日期", "发现线索", "派发线索"), texts(days.get(0)));
                assertEquals("2026-03-02", days.get(2).getCellText(0));
                assertEquals(1, days.get(2).getCellAsNumber(1).orElseThrow().intValueExact());
                assertEquals(2, days.get(2).getCellAsNumber(2).orElseThrow().intValueExact());
                assertEquals(4, days.size());
            }
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }
}
