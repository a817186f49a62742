package org.medadwatch.clue;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a clue: who did what, when.
 *
 * @param clueNumber the clue
 * @param at         when
 * @param actor      {@code system} for the scanner, else the analyst's login
 * @param action     e.g. {@code created}, {@code gone}, {@code reappeared}, {@code relapsed}, or a
 *                   status change written as the new status' name ({@code CONFIRMED})
 * @param detail     free text: rule ids, a dismissal reason, the bureau's feedback
 */
public record ClueEvent(String clueNumber, Instant at, String actor, String action, String detail) {
    public static final String SYSTEM = "system";

    public ClueEvent {
        Objects.requireNonNull(clueNumber, "clueNumber");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }
}
