package org.medadwatch.detect.match;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import org.medadwatch.detect.rules.Rule;

/**
 * Verifies one anchor hit of one rule: pattern, proximity and exceptions, all looked for
 * inside the anchor's sentence. Works on folded text only; where phrases occur comes from the
 * page's {@link PhraseIndex}.
 */
final class HitVerifier {
    private static final String OPENING_QUOTES = "“「『‘《";
    private static final String CLOSING_QUOTES = "”」』’》";

    Optional<RuleHit> verify(CompiledRule compiled, PageScan page, int anchorStart, int anchorEnd) {
        Rule rule = compiled.rule();
        String text = page.text();
        PhraseIndex index = page.index();
        int reach = Math.max(rule.window(), rule.unlessWindow()) + 32;
        int sentenceStart = page.sentenceStart(anchorStart, reach);
        int sentenceEnd = page.sentenceEnd(anchorEnd, reach);
        int from = Math.max(sentenceStart, anchorStart - rule.window());
        int to = Math.min(sentenceEnd, anchorEnd + rule.window());
        int evidenceStart = anchorStart;
        int evidenceEnd = anchorEnd;
        for (int[] group : compiled.near()) {
            int[] best = nearest(compiled, index, group, from, to, anchorStart, anchorEnd);
            if (best == null) {
                return Optional.empty();
            }
            evidenceStart = Math.min(evidenceStart, best[0]);
            evidenceEnd = Math.max(evidenceEnd, best[1]);
        }
        if (cancelled(compiled, index, text, anchorStart, anchorEnd, sentenceStart, sentenceEnd)) {
            return Optional.empty();
        }
        if (rule.skipQuoted() && quoted(text, anchorStart, anchorEnd, sentenceStart, sentenceEnd)) {
            return Optional.empty();
        }
        for (int[] group : compiled.required()) {
            if (!anyWithin(compiled, index, group, from, to)) {
                return Optional.empty(); // the pattern cannot match without one of these in the window
            }
        }
        if (rule.pattern().isPresent()) {
            // Last: the regex is the dearest check, so it runs only where everything else held.
            Matcher m = page.matcher(compiled);
            boolean found = false;
            // A match counts when it starts in the window before the anchor's end and reaches past its start.
            for (int s = from, last = Math.min(anchorEnd, to); s < last && !found; s++) {
                if (compiled.patternCanStartWith(text.charAt(s))) {
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

    private static boolean cancelled(CompiledRule c, PhraseIndex index, String text, int as, int ae, int ss, int se) {
        int w = c.rule().unlessWindow();
        for (int p : c.unlessBefore()) {
            // wholly inside [max(ss, as - w - len), ae) and starting before the anchor
            int len = c.length(p);
            if (index.first(p, Math.max(ss, as - w - len), Math.min(as - 1, ae - len)) >= 0) {
                return true;
            }
        }
        for (int p : c.unlessAfter()) {
            int len = c.length(p);
            if (index.first(p, ae, Math.min(se, ae + w + len) - len) >= 0) {
                return true;
            }
        }
        for (int p : c.unlessSentence()) {
            if (index.first(p, ss, se - c.length(p)) >= 0) {
                return true;
            }
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

    /** Whether one of the {@code group} phrases lies wholly inside {@code [from, to)}. */
    private static boolean anyWithin(CompiledRule c, PhraseIndex index, int[] group, int from, int to) {
        for (int p : group) {
            if (index.first(p, from, to - c.length(p)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The occurrence of one of the {@code group} phrases in {@code [from, to)} closest to the anchor, or null. */
    private static int[] nearest(CompiledRule c, PhraseIndex index, int[] group, int from, int to, int as, int ae) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int p : group) {
            int len = c.length(p);
            for (int at : index.all(p, from, to - len)) {
                int end = at + len;
                int distance = end <= as ? as - end : at >= ae ? at - ae : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new int[]{at, end};
                }
            }
        }
        return best;
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
