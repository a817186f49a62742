package org.medadwatch.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medadwatch.detect.match.Rejection;
import org.medadwatch.detect.rules.PageCondition;
import org.medadwatch.detect.text.FoldedText;

/** One {@link Rejection} said in words an analyst editing the rule can act on. */
final class RejectionText {
    private static final int SHOWN_PHRASES = 6;

    private RejectionText() {
    }

    /** @param foldedAdvertiser the advertiser as rules compare it, folded like their phrases */
    static String of(Rejection r, FoldedText text, Optional<String> foldedAdvertiser) {
        String span = "「" + text.originalSpan(r.start(), r.end()) + "」";
        return switch (r.reason()) {
            case NOT_THIS_ADVERTISER -> condition(r.rule().when(), foldedAdvertiser);
            case PATTERN_TEXT_MISSING -> "its pattern needs one of " + phrases(r.phrases()) + " within " + span;
            case NOTHING_NEAR -> "needs one of " + phrases(r.phrases()) + " (near) within " + span;
            case EXCEPTION_BEFORE -> "cancelled by " + span + " just before it (unless.before)";
            case EXCEPTION_AFTER -> "cancelled by " + span + " just after it (unless.after)";
            case EXCEPTION_IN_SENTENCE -> "cancelled by " + span + " in its sentence (unless.sentence)";
            case ANSWERED_NO -> "the question is answered " + span + " (unless.answer)";
            case QUOTED -> "it stands inside quotation marks (skip_quoted)";
            case PATTERN -> "its pattern does not match within " + span;
        };
    }

    private static String condition(PageCondition when, Optional<String> advertiser) {
        String unlessSold = when.pageAny().isEmpty() ? "" : ", nor does the page name one of " + phrases(when.pageAny());
        return advertiserCondition(when, advertiser) + unlessSold;
    }

    private static String advertiserCondition(PageCondition when, Optional<String> advertiser) {
        if (advertiser.isEmpty()) {
            return "applies only when the advertiser's name has one of " + phrases(when.advertiserAny())
                    + "; the advertiser is unknown (--advertiser)";
        }
        List<String> excluding = when.advertiserNot().stream().filter(advertiser.get()::contains).toList();
        return excluding.isEmpty()
                ? "applies only when the advertiser's name has one of " + phrases(when.advertiserAny())
                : "does not apply to an advertiser whose name has " + phrases(excluding);
    }

    private static String phrases(List<String> phrases) {
        String shown = phrases.stream().limit(SHOWN_PHRASES).map(p -> "「" + p + "」").collect(Collectors.joining());
        return phrases.size() > SHOWN_PHRASES ? shown + "… (" + phrases.size() + " in all)" : shown;
    }
}
