package org.medadwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueSheetCsv;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;

class DispatchServiceTest {
    @TempDir
    Path dir;

    @Test
    void dispatchSendsConfirmedCluesAsANumberedBatch() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.confirmed(Fixture.HANGZHOU, "一次根治");
            String b = f.confirmed(Fixture.HANGZHOU, "包治百病");
            f.clock.advance(Duration.ofHours(1));

            Batch batch = f.dispatch.dispatch(List.of(b, a), Fixture.HANGZHOU, "supervisor", "请于7日内核查");

            assertEquals(new Batch("PF-2026-0001", Fixture.HANGZHOU, "浙江省杭州市", Fixture.T0.plus(Duration.ofHours(1)),
                    "supervisor", "请于7日内核查", List.of(b, a)), batch);
            assertEquals(ClueStatus.DISPATCHED, f.store.clues().expect(a).status());
            List<ClueEvent> events = f.store.clues().events(a);
            assertEquals(new ClueEvent(a, batch.createdAt(), "supervisor", "DISPATCHED",
                    "批次 PF-2026-0001 → 330100 浙江省杭州市；请于7日内核查"), events.get(events.size() - 1));
            assertEquals(Optional.of(batch), f.dispatch.findBatch("PF-2026-0001"));
            assertEquals(List.of(batch), f.dispatch.batches());
            assertEquals(Optional.empty(), f.dispatch.findBatch("PF-2026-0002"));
        }
    }

    @Test
    void dispatchTakesOnlyConfirmedCluesAndChangesNothingOtherwise() {
        try (Fixture f = new Fixture(dir)) {
            String confirmed = f.confirmed(Fixture.HANGZHOU, "一次根治");
            String fresh = f.clue(Fixture.HANGZHOU, Category.ABSOLUTE_TERM, "最好的医院");

            ClueRefusedException e = assertThrows(ClueRefusedException.class,
                    () -> f.dispatch.dispatch(List.of(confirmed, fresh), Fixture.HANGZHOU, "supervisor", ""));

            assertEquals(List.of(fresh), e.clueNumbers());
            assertEquals("线索 " + fresh + " 尚未审核，不能派发；请先确认违法，再派发。本次派发未做任何更改。", e.getMessage());
            assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(confirmed).status());
            assertEquals(List.of(), f.dispatch.batches());
        }
    }

    @Test
    void dispatchRefusesAClueOfAnotherJurisdiction() {
        try (Fixture f = new Fixture(dir)) {
            String hangzhou = f.confirmed(Fixture.HANGZHOU, "一次根治");
            String ningbo = f.confirmed(Fixture.NINGBO, "包治百病");

            ClueRefusedException e = assertThrows(ClueRefusedException.class,
                    () -> f.dispatch.dispatch(List.of(hangzhou, ningbo), Fixture.HANGZHOU, "supervisor", ""));

            assertEquals(List.of(ningbo), e.clueNumbers());
            assertEquals("线索 " + ningbo + " 属于 330200 浙江省宁波市，不在 330100 浙江省杭州市 辖区内；请派往其属地，或先更改属地。"
                    + "本次派发至 330100 浙江省杭州市未做任何更改。", e.getMessage());
            assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(hangzhou).status());
            // the province's bureau may take both
            assertEquals(List.of(hangzhou, ningbo),
                    f.dispatch.dispatch(List.of(hangzhou, ningbo), "330000", "supervisor", "").clueNumbers());
        }
    }

    @Test
    void aDismissedClueIsRefusedWithWhatToDoInstead() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            f.review.dismiss(List.of(a), "analyst1", "科普文章");

            ClueRefusedException e = assertThrows(ClueRefusedException.class,
                    () -> f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", ""));

            assertEquals("线索 " + a + " 已排除，不能派发；如需派发请先撤销排除（重新确认该线索）。本次派发未做任何更改。",
                    e.getMessage());
        }
    }

    @Test
    void batchNumbersAreSequentialPerBeijingYear() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.confirmed(Fixture.HANGZHOU, "一次根治");
            String b = f.confirmed(Fixture.HANGZHOU, "包治百病");
            String c = f.confirmed(Fixture.NINGBO, "无效退款");
            String d = f.confirmed(Fixture.NINGBO, "永不复发");

            assertEquals("PF-2026-0001", f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "s", "").number());
            assertEquals("PF-2026-0002", f.dispatch.dispatch(List.of(c), Fixture.NINGBO, "s", "").number());
            f.clock.set(Instant.parse("2026-12-31T16:30:00Z"));  // 2027-01-01 00:30 in Beijing
            assertEquals("PF-2027-0001", f.dispatch.dispatch(List.of(b), Fixture.HANGZHOU, "s", "").number());
            assertEquals("PF-2027-0002", f.dispatch.dispatch(List.of(d), Fixture.NINGBO, "s", "").number());
            assertEquals(List.of("PF-2027-0002", "PF-2027-0001", "PF-2026-0002", "PF-2026-0001"),
                    f.dispatch.batches().stream().map(Batch::number).toList());
        }
    }

    @Test
    void markViewedStampsTheFirstViewingOnly() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.confirmed(Fixture.HANGZHOU, "一次根治");
            String notSent = f.confirmed(Fixture.HANGZHOU, "包治百病");
            f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", "");
            Instant first = Fixture.T0.plus(Duration.ofDays(1));
            f.clock.set(first);

            assertEquals(first, f.dispatch.markViewed(a, "hz-bureau"));
            f.clock.advance(Duration.ofDays(1));
            assertEquals(first, f.dispatch.markViewed(a, "someone-else"));

            List<ClueEvent> viewed = f.store.clues().events(a).stream().filter(e -> e.action().equals("viewed")).toList();
            assertEquals(List.of(new ClueEvent(a, first, "hz-bureau", "viewed", "签收")), viewed);
            assertThrows(ClueRefusedException.class, () -> f.dispatch.markViewed(notSent, "hz-bureau"));
        }
    }

    @Test
    void sheetRowsHaveTheTwentyOneColumnsInOrder() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            f.review.confirm(List.of(a), "analyst1", "证据充分");
            f.clock.advance(Duration.ofHours(2));
            Batch batch = f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", "");

            List<BatchRow> rows = f.dispatch.sheet(batch.number());

            assertEquals(21, BatchRow.HEADER.size());
            assertEquals(ClueSheetCsv.HEADER, BatchRow.HEADER.subList(0, 16));
            assertEquals(List.of("审核人", "审核意见", "派发批次", "派发时间", "处置结果"), BatchRow.HEADER.subList(16, 21));
            assertEquals(1, rows.size());
            List<String> cells = rows.get(0).cells();
            assertEquals(21, cells.size());
            assertEquals(a, cells.get(0));
            assertEquals("2026-03-01 10:00:00", cells.get(1));
            assertEquals("某某医院1", cells.get(2));
            assertEquals("浙江省杭州市", cells.get(7));
            assertEquals("一次根治", cells.get(10));
            assertEquals("已派发", cells.get(15));
            assertEquals(List.of("analyst1", "证据充分", "PF-2026-0001", "2026-03-01 12:00:00", ""), cells.subList(16, 21));
        }
    }

    @Test
    void csvSheetHasTheBomTheHeaderAndDefusesFormulas() throws IOException {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "=HYPERLINK(\"http://evil.example\",\"点我\")");
            f.review.confirm(List.of(a), "analyst1", "+1 同意");
            Batch batch = f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", "");
            StringWriter out = new StringWriter();

            BatchSheetCsv.write(f.dispatch.sheet(batch.number()), out);

            String[] lines = out.toString().split("\r\n");
            assertEquals('\uFEFF' + String.join(",", BatchRow.HEADER), lines[0]);
            assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\","), lines[1]);
            assertTrue(lines[1].endsWith(",analyst1,'+1 同意,PF-2026-0001,2026-03-01 10:00:00,"), lines[1]);
            assertEquals(2, lines.length);
        }
    }

    @Test
    void sheetOfAnUnknownBatchIsRefused() {
        try (Fixture f = new Fixture(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.dispatch.sheet("PF-2026-0009"));
            assertEquals("没有派发批次 PF-2026-0009；请核对批次号。", e.getMessage());
        }
    }
}
