package org.medadwatch.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.store.Store;
import org.medadwatch.store.Timestamps;

/**
 * The bureaus' answers: records a dispatched clue's outcome (处置结果) and lists the dispatched
 * clues nobody has dealt with in time.
 *
 * <p>Deadlines run from dispatch: a clue still {@code DISPATCHED} {@code after} its batch went
 * out is overdue, {@link OverdueClue.Reason#NOT_VIEWED} if the bureau never looked at it, else
 * {@link OverdueClue.Reason#NOT_HANDLED}. Recording an outcome also stamps the clue viewed if
 * nobody had: a bureau that answers has looked.
 */
public final class FeedbackService {
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final Store store;
    private final Clock clock;

    public FeedbackService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the bureau's outcome; the clue becomes {@code FEEDBACK}. Only a {@code DISPATCHED}
     * clue takes one, once.
     *
     * @param note the bureau's words, may be empty
     * @param date the date the bureau gives; not after today (Beijing time)
     * @throws ClueRefusedException for a clue that is not {@code DISPATCHED}
     */
    public Feedback record(String clueNumber, Outcome outcome, String note, LocalDate date, String actor) {
        Objects.requireNonNull(clueNumber, "clueNumber");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(date, "date");
        String who = ClueSql.actor(actor);
        String text = ClueSql.text(note);
        Instant now = clock.instant();
        LocalDate today = now.atZone(DispatchService.NUMBERING_ZONE).toLocalDate();
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("处置日期 " + date + " 晚于今天（" + today + "），请填写属地实际处置的日期。");
        }
        String at = Timestamps.format(now);
        Feedback feedback = new Feedback(clueNumber.strip(), outcome, text, date, who, Timestamps.parse(at));
        store.transaction(c -> {
            ClueSql.Target t = ClueSql.expect(c, feedback.clueNumber());
            ClueSql.requireMove(List.of(t), ClueStatus.FEEDBACK);
            DispatchService.markViewed(c, t.id(), who, at, "处置结果已反馈");
            ClueSql.update(c, "INSERT INTO feedback (clue_id, outcome, note, decided, actor, at) VALUES (?, ?, ?, ?, ?, ?)",
                    t.id(), outcome.name(), text, date.toString(), who, at);
            ClueSql.setStatus(c, t.id(), ClueStatus.FEEDBACK, at);
            ClueSql.event(c, t.id(), at, who, ClueStatus.FEEDBACK.name(), feedback.text() + "（" + date + "）");
            return null;
        });
        return feedback;
    }

    /** The clue's recorded outcome, if any. */
    public Optional<Feedback> find(String clueNumber) {
        return store.snapshot(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.outcome, f.note, f.decided, f.actor, f.at FROM feedback f JOIN clues cl ON cl.id = f.clue_id
                    WHERE cl.number = ?""")) {
                ps.setString(1, clueNumber.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? feedback(rs, clueNumber.strip(), 1) : Optional.<Feedback>empty();
                }
            }
        });
    }

    /**
     * The dispatched clues without an outcome {@code after} their dispatch, as of {@code now}; most
     * overdue first, then by clue number.
     */
    public List<OverdueClue> overdue(Duration after, Instant now) {
        if (after.isNegative()) {
            throw new IllegalArgumentException("a deadline cannot be negative: " + after);
        }
        Objects.requireNonNull(now, "now");
        List<OverdueClue> out = new ArrayList<>();
        store.snapshot(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT cl.number, b.number, b.jurisdiction_code, b.jurisdiction_name, b.created_at, bc.viewed_at
                    FROM batch_clues bc JOIN batches b ON b.id = bc.batch_id JOIN clues cl ON cl.id = bc.clue_id
                    WHERE cl.status = ? AND b.created_at < ?""")) {
                ps.setString(1, ClueStatus.DISPATCHED.name());
                ps.setString(2, Timestamps.format(now.minus(after)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant dispatched = Timestamps.parse(rs.getString(5));
                        Optional<Instant> viewed = Optional.ofNullable(rs.getString(6)).map(Timestamps::parse);
                        long late = Duration.between(dispatched.plus(after), now).toMillis();
                        if (late <= 0) {
                            continue;
                        }
                        out.add(new OverdueClue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                dispatched, viewed,
                                viewed.isPresent() ? OverdueClue.Reason.NOT_HANDLED : OverdueClue.Reason.NOT_VIEWED,
                                (late + DAY_MILLIS - 1) / DAY_MILLIS));
                    }
                }
            }
            return null;
        });
        out.sort(Comparator.comparingLong(OverdueClue::daysOverdue).reversed().thenComparing(OverdueClue::clueNumber));
        return out;
    }

    /** Reads outcome, note, decided, actor, at from {@code first} on; empty when outcome is NULL. */
    static Optional<Feedback> feedback(ResultSet rs, String clueNumber, int first) throws SQLException {
        String outcome = rs.getString(first);
        if (outcome == null) {
            return Optional.empty();
        }
        return Optional.of(new Feedback(clueNumber, Outcome.valueOf(outcome), rs.getString(first + 1),
                LocalDate.parse(rs.getString(first + 2)), rs.getString(first + 3), Timestamps.parse(rs.getString(first + 4))));
    }
}
