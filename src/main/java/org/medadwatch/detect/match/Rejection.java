package org.medadwatch.detect.match;

import java.util.List;
import org.medadwatch.detect.rules.Rule;

/**
 * Why one anchor hit of a rule did not become a finding: what an analyst asks when a rule
 * stays silent on a sentence it was written for. Offsets are in the folded text.
 *
 * @param anchorStart the anchor hit that was verified
 * @param start       what the reason points at: the exception phrase found, the window searched
 * @param phrases     the exception phrase found, or the phrases that were wanted and missing
 */
public record Rejection(Rule rule, int anchorStart, int anchorEnd, Reason reason, int start, int end,
                        List<String> phrases) {
    public Rejection {
        phrases = List.copyOf(phrases);
    }

    /** The check that turned the hit down, in the order the verifier makes them. */
    public enum Reason {
        /** The rule's {@code when} condition fails for this page's advertiser. */
        NOT_THIS_ADVERTISER,
        /** Text every match of the pattern contains is missing from the window. */
        PATTERN_TEXT_MISSING,
        /** No phrase of a {@code near} group in the window. */
        NOTHING_NEAR,
        /** An {@code unless.before} phrase just before the anchor. */
        EXCEPTION_BEFORE,
        /** An {@code unless.after} phrase just after the anchor. */
        EXCEPTION_AFTER,
        /** An {@code unless.sentence} phrase in the anchor's sentence. */
        EXCEPTION_IN_SENTENCE,
        /** The sentence is a question whose reply opens with an {@code unless.answer} ("答：不能"). */
        ANSWERED_NO,
        /** The anchor stands inside quotation marks and the rule skips quoted text. */
        QUOTED,
        /** The pattern does not match around the anchor. */
        PATTERN
    }
}
