package org.medadwatch.detect.match;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import org.medadwatch.detect.rules.Rule;

/**
 * Verifies one anchor hit of one rule: pattern, proximity and exceptions, all looked for
 * inside the anchor's sentence. Works on folded text only.
 */
final class HitVerifier {
    private static final String OPENING_QUOTES = "“「『‘《";
    private static final String CLOSING_QUOTES = "”」』’》";

    Optional<RuleHit> verify(CompiledRule compiled, PageScan page, int anchorStart, int anchorEnd) {
        Rule rule = compiled.rule();
        String text = page.text();
        int reach = Math.max(rule.window(), rule.unlessWindow()) + 32;
        int sentenceStart = page.sentenceStart(anchorStart, reach);
        int sentenceEnd = page.sentenceEnd(anchorEnd, reach);
        int from = Math.max(sentenceStart, anchorStart - rule.window());
        int to = Math.min(sentenceEnd, anchorEnd + rule.window());
        // Cheapest and most selective checks first; every check must hold, so the order changes no answer.
        for (PhraseSet group : compiled.required()) {
            if (!group.within(text, from, to)) {
                return Optional.empty(); // the pattern cannot match without one of these in the window
            }
        }
        int evidenceStart = anchorStart;
        int evidenceEnd = anchorEnd;
        for (PhraseSet group : compiled.near()) {
            int[] best = group.nearest(text, from, to, anchorStart, anchorEnd);
            if (best == null) {
                return Optional.empty();
            }
            evidenceStart = Math.min(evidenceStart, best[0]);
            evidenceEnd = Math.max(evidenceEnd, best[1]);
        }
        if (cancelled(compiled, text, anchorStart, anchorEnd, sentenceStart, sentenceEnd)) {
            return Optional.empty();
        }
        if (rule.skipQuoted() && quoted(text, anchorStart, anchorEnd, sentenceStart, sentenceEnd)) {
            return Optional.empty();
        }
        if (rule.pattern().isPresent()) {
            // Last: the regex is the dearest check, so it runs only where everything else held.
            Matcher m = page.matcher(compiled);
            boolean found = false;
            // A match counts when it starts in the window before the anchor's end and reaches past its start.
            for (int s = from, last = Math.min(anchorEnd, to); s < last && !found; s++) {
                if (compiled.patternCanStartAt(text, s, to)) {
                    m.region(s, to);
                    if (m.lookingAt() && m.end() > anchorStart && m.end() > s) {
                        evidenceStart = Math.min(evidenceStart, s);
                        evidenceEnd = Math.max(evidenceEnd, m.end());
                        found = true;
                    }
                }
            }
            if (!found) {
                return Optional.empty();
            }
        }
        return Optional.of(new RuleHit(rule, evidenceStart, evidenceEnd));
    }

    private static boolean cancelled(CompiledRule c, String text, int as, int ae, int ss, int se) {
        int w = c.rule().unlessWindow();
        PhraseSet before = c.unlessBefore();
        // wholly inside [ss, ae), starting before the anchor and ending at most w before it
        if (before.occurs(text, Math.max(ss, as - w - before.longest()), as - 1, as - w, ae)) {
            return true;
        }
        // starting at most w after the anchor, ending inside the sentence
        if (c.unlessAfter().occurs(text, ae, ae + w, ae, se)) {
            return true;
        }
        if (c.unlessSentence().within(text, ss, se)) {
            return true;
        }
        return answeredNo(c.rule().unless().answer(), text, se);
    }

    /** Labels that may open the reply to a question: "答：", "A：", "回复：". */
    private static final Pattern REPLY_LABEL =
            Pattern.compile("\\s*(?:(?:答|回答|回复|客服|店长|a)\\s*[:]?)?\\s*");

    /**
     * True when the anchor's sentence is a question ({@code se} is its closing "?") and the reply
     * that follows opens with one of {@code answers}: "能打水光吗？答：不能" offers nothing.
     */
    static boolean answeredNo(List<String> answers, String text, int se) {
        if (answers.isEmpty() || se >= text.length() || text.charAt(se) != '?') {
            return false;
        }
        int from = se + 1;
        Matcher label = REPLY_LABEL.matcher(text);
        label.region(from, Math.min(text.length(), from + 8));
        if (label.lookingAt()) {
            from = label.end();
        }
        for (String a : answers) {
            if (text.startsWith(a, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(String text, int as, int ae, int ss, int se) {
        int open = -1;
        for (int i = as - 1; i >= ss; i--) {
            char c = text.charAt(i);
            if (CLOSING_QUOTES.indexOf(c) >= 0) {
                break;
            }
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return straightQuoted(text, as, ae, ss, se);
        }
        for (int i = ae; i < se; i++) {
            char c = text.charAt(i);
            if (CLOSING_QUOTES.indexOf(c) >= 0) {
                return true;
            }
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean straightQuoted(String text, int as, int ae, int ss, int se) {
        int before = 0;
        for (int i = ss; i < as; i++) {
            if (text.charAt(i) == '"') {
                before++;
            }
        }
        return before % 2 == 1 && text.indexOf('"', ae) >= 0 && text.indexOf('"', ae) < se;
    }
}
