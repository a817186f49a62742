package org.medadwatch.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The bureau's answer about one clue.
 *
 * @param clueNumber the clue
 * @param outcome    what it did
 * @param note       its words, may be empty
 * @param date       the date it gives for what it did
 * @param actor      who recorded it
 * @param at         when it was recorded
 */
public record Feedback(String clueNumber, Outcome outcome, String note, LocalDate date, String actor, Instant at) {
    public Feedback {
        Objects.requireNonNull(clueNumber, "clueNumber");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** The 处置结果 cell: the outcome, then the note after a colon when there is one. */
    public String text() {
        return note.isEmpty() ? outcome.chineseName() : outcome.chineseName() + "：" + note;
    }
}
