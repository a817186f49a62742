package org.medadwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.detect.Category;

class ReviewServiceTest {
    @TempDir
    Path dir;

    @Test
    void confirmMovesNewCluesToConfirmedAndRecordsWhoWhenAndTheComment() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            String b = f.clue(Fixture.HANGZHOU, Category.ABSOLUTE_TERM, "最好的医院");
            f.clock.advance(Duration.ofHours(3));

            List<Clue> clues = f.review.confirm(List.of(a, b, a), "analyst1", "属实");

            assertEquals(List.of(a, b), clues.stream().map(Clue::number).toList());
            assertEquals(List.of(ClueStatus.CONFIRMED, ClueStatus.CONFIRMED), clues.stream().map(Clue::status).toList());
            ClueEvent last = last(f, a);
            assertEquals(new ClueEvent(a, Fixture.T0.plus(Duration.ofHours(3)), "analyst1", "CONFIRMED", "属实"), last);
            assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(b).status());
        }
    }

    @Test
    void dismissRecordsTheReasonAndADismissedClueCanBeConfirmedAgain() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");

            f.review.dismiss(List.of(a), "analyst2", "  非医疗广告，科普文章 ");

            assertEquals(ClueStatus.DISMISSED, f.store.clues().expect(a).status());
            assertEquals(new ClueEvent(a, Fixture.T0, "analyst2", "DISMISSED", "非医疗广告，科普文章"), last(f, a));
            f.review.confirm(List.of(a), "supervisor", "");
            assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(a).status());
        }
    }

    @Test
    void dismissWithoutAReasonIsRefusedAndChangesNothing() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");

            for (String blank : new String[] {"", "  ", null}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> f.review.dismiss(List.of(a), "analyst1", blank));
                assertTrue(e.getMessage().contains("排除线索须填写排除原因"), e.getMessage());
            }
            assertEquals(ClueStatus.NEW, f.store.clues().expect(a).status());
            assertEquals(List.of("created"), f.store.clues().events(a).stream().map(ClueEvent::action).toList());
        }
    }

    @Test
    void bulkActionIsAllOrNothingAndNamesTheClueThatCannotMove() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            String b = f.confirmed(Fixture.HANGZHOU, "包治百病");
            f.dispatch.dispatch(List.of(b), Fixture.HANGZHOU, "supervisor", "");
            String c = f.clue(Fixture.HANGZHOU, Category.ABSOLUTE_TERM, "最好的医院");
            int events = f.store.clues().events(a).size();

            ClueRefusedException e = assertThrows(ClueRefusedException.class,
                    () -> f.review.dismiss(List.of(a, b, c), "analyst1", "重复线索"));

            assertEquals(List.of(b), e.clueNumbers());
            assertEquals("线索 " + b + " 已派发，不能排除；如属地核查不属实，请录入处置结果“不属实”。本次排除未做任何更改。",
                    e.getMessage());
            assertEquals(ClueStatus.NEW, f.store.clues().expect(a).status());
            assertEquals(ClueStatus.NEW, f.store.clues().expect(c).status());
            assertEquals(ClueStatus.DISPATCHED, f.store.clues().expect(b).status());
            assertEquals(events, f.store.clues().events(a).size());
        }
    }

    @Test
    void unknownClueIsRefusedByNumberAndNothingChanges() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> f.review.confirm(List.of(a, "XS-2026-999999"), "analyst1", ""));

            assertEquals("没有编号为 XS-2026-999999 的线索，本次操作未做任何更改；请核对线索编号。", e.getMessage());
            assertEquals(ClueStatus.NEW, f.store.clues().expect(a).status());
        }
    }

    @Test
    void blankActorIsRefused() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            assertThrows(IllegalArgumentException.class, () -> f.review.confirm(List.of(a), " ", ""));
            assertThrows(IllegalArgumentException.class, () -> f.review.confirm(List.of(), "analyst1", ""));
        }
    }

    @Test
    void jurisdictionChangeIsRecordedOldToNew() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            String b = f.clue("", Category.CURE_GUARANTEE, "包治百病");  // 0571 phone: Hangzhou too
            assertEquals("浙江省杭州市", f.store.clues().expect(a).jurisdiction().name());

            List<Clue> moved = f.review.changeJurisdiction(List.of(a), Fixture.NINGBO, "analyst1", "实际经营地在宁波");

            Clue clue = moved.get(0);
            assertEquals(Optional.of(Fixture.NINGBO), clue.jurisdiction().code());
            assertEquals("浙江省宁波市", clue.jurisdiction().name());
            assertEquals(Jurisdiction.Source.MANUAL, clue.jurisdiction().source());
            assertEquals(new ClueEvent(a, Fixture.T0, "analyst1", "jurisdiction",
                    "330100 浙江省杭州市（种子名单） → 330200 浙江省宁波市（人工指定）；实际经营地在宁波"), last(f, a));
            assertEquals(Optional.of(Fixture.HANGZHOU), f.store.clues().expect(b).jurisdiction().code());
        }
    }

    @Test
    void unknownJurisdictionIsRefused() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            assertThrows(IllegalArgumentException.class, () -> f.review.changeJurisdiction(List.of(a), "990100", "a", ""));
            assertThrows(IllegalArgumentException.class, () -> f.review.changeJurisdiction(List.of(a), "3301", "a", ""));
            assertEquals(Optional.of(Fixture.HANGZHOU), f.store.clues().expect(a).jurisdiction().code());
        }
    }

    @Test
    void jurisdictionOfADispatchedClueIsFixed() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.confirmed(Fixture.HANGZHOU, "一次根治");
            f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", "");

            ClueRefusedException e = assertThrows(ClueRefusedException.class,
                    () -> f.review.changeJurisdiction(List.of(a), Fixture.NINGBO, "analyst1", ""));

            assertEquals(List.of(a), e.clueNumbers());
            assertEquals("线索 " + a + " 为“已派发”，属地已随派发批次确定，不能更改。本次更改属地未做任何更改。", e.getMessage());
        }
    }

    @Test
    void refusalsOfSeveralCluesNameEachOnItsOwnLineInChinese() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.confirmed(Fixture.HANGZHOU, "一次根治");
            String b = f.confirmed(Fixture.HANGZHOU, "包治百病");

            ClueRefusedException e = assertThrows(ClueRefusedException.class,
                    () -> f.review.confirm(List.of(a, b), "analyst1", ""));

            assertEquals("所选线索中有 2 条不能确认，本次操作未做任何更改：\n"
                    + "线索 " + a + " 已是“已确认”状态，无需再次确认；\n"
                    + "线索 " + b + " 已是“已确认”状态，无需再次确认。\n"
                    + "请取消勾选这些线索后重试。", e.getMessage());
        }
    }

    @Test
    void unknownJurisdictionCodeIsNamedInChinese() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.clue(Fixture.HANGZHOU, Category.CURE_GUARANTEE, "一次根治");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> f.review.changeJurisdiction(List.of(a), "990100", "a", ""));
            assertEquals("未知属地 990100：省级代码 990000 不在省份表中；请从列表中选择属地。", e.getMessage());
        }
    }

    private static ClueEvent last(Fixture f, String number) {
        List<ClueEvent> events = f.store.clues().events(number);
        return events.get(events.size() - 1);
    }
}
