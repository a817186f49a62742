package org.medadwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;

class FeedbackServiceTest {
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dir;

    @Test
    void feedbackIsTakenOnlyAfterDispatch() {
        try (Fixture f = new Fixture(dir)) {
            String confirmed = f.confirmed(Fixture.HANGZHOU, "一次根治");

            ClueRefusedException e = assertThrows(ClueRefusedException.class,
                    () -> f.feedback.record(confirmed, Outcome.FILED, "", LocalDate.of(2026, 3, 1), "hz-bureau"));

            assertEquals("线索 " + confirmed + " 为“已确认”，尚未派发，不能录入处置结果；只有已派发的线索才能录入处置结果。"
                    + "本次录入处置结果未做任何更改。", e.getMessage());
            assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(confirmed).status());
            assertEquals(Optional.empty(), f.feedback.find(confirmed));
        }
    }

    @Test
    void feedbackMovesTheClueOnAndShowsOnTheBatchSheet() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.confirmed(Fixture.HANGZHOU, "一次根治");
            Batch batch = f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", "");
            Instant at = Instant.parse("2026-03-06T01:00:00Z");
            f.clock.set(at);

            Feedback fb = f.feedback.record(a, Outcome.ORDERED_TO_RECTIFY, "已约谈负责人", MARCH_5, "hz-bureau");

            assertEquals(new Feedback(a, Outcome.ORDERED_TO_RECTIFY, "已约谈负责人", MARCH_5, "hz-bureau", at), fb);
            assertEquals(Optional.of(fb), f.feedback.find(a));
            assertEquals(ClueStatus.FEEDBACK, f.store.clues().expect(a).status());
            List<ClueEvent> events = f.store.clues().events(a);
            assertEquals(new ClueEvent(a, at, "hz-bureau", "FEEDBACK", "责令整改：已约谈负责人（2026-03-05）"),
                    events.get(events.size() - 1));
            assertEquals("viewed", events.get(events.size() - 2).action());  // answering is having looked
            assertEquals("责令整改：已约谈负责人", f.dispatch.sheet(batch.number()).get(0).cells().get(20));
            // once only
            assertThrows(ClueRefusedException.class, () -> f.feedback.record(a, Outcome.FILED, "", MARCH_5, "x"));
        }
    }

    @Test
    void feedbackDatedInTheFutureIsRefused() {
        try (Fixture f = new Fixture(dir)) {
            String a = f.confirmed(Fixture.HANGZHOU, "一次根治");
            f.dispatch.dispatch(List.of(a), Fixture.HANGZHOU, "supervisor", "");
            assertThrows(IllegalArgumentException.class,
                    () -> f.feedback.record(a, Outcome.FILED, "", LocalDate.of(2026, 3, 2), "hz-bureau"));
        }
    }

    @Test
    void overdueTellsNotViewedFromNotHandled() {
        try (Fixture f = new Fixture(dir)) {
            String unseen = f.confirmed(Fixture.HANGZHOU, "一次根治");
            String seen = f.confirmed(Fixture.HANGZHOU, "包治百病");
            String answered = f.confirmed(Fixture.HANGZHOU, "无效退款");
            f.dispatch.dispatch(List.of(unseen, seen, answered), Fixture.HANGZHOU, "supervisor", "");
            f.clock.advance(Duration.ofDays(2));
            Instant viewedAt = f.clock.instant();
            f.dispatch.markViewed(seen, "hz-bureau");
            f.feedback.record(answered, Outcome.TAKEN_DOWN, "", MARCH_5.minusDays(2), "hz-bureau");
            f.clock.set(Fixture.T0.plus(Duration.ofDays(3)));
            String recent = f.confirmed(Fixture.HANGZHOU, "永不复发");
            Batch later = f.dispatch.dispatch(List.of(recent), Fixture.HANGZHOU, "supervisor", "");
            Duration week = Duration.ofDays(7);

            assertEquals(List.of(), f.feedback.overdue(week, Fixture.T0.plus(week)));  // due, not yet late

            Instant now = Fixture.T0.plus(Duration.ofDays(9)).plus(Duration.ofHours(1));
            List<OverdueClue> overdue = f.feedback.overdue(week, now);

            assertEquals(List.of(
                    new OverdueClue(seen, "PF-2026-0001", Fixture.HANGZHOU, "浙江省杭州市", Fixture.T0,
                            Optional.of(viewedAt), OverdueClue.Reason.NOT_HANDLED, 3),
                    new OverdueClue(unseen, "PF-2026-0001", Fixture.HANGZHOU, "浙江省杭州市", Fixture.T0,
                            Optional.empty(), OverdueClue.Reason.NOT_VIEWED, 3)),
                    overdue.stream().sorted(java.util.Comparator.comparing(OverdueClue::reason).reversed()).toList());
            // equally late: by clue number
            assertEquals(List.of(unseen, seen), overdue.stream().map(OverdueClue::clueNumber).toList());
            assertTrue(overdue.stream().noneMatch(o -> o.clueNumber().equals(recent)), later.number() + " is not late yet");
        }
    }
}
