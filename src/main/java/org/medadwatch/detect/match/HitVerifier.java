package org.medadwatch.detect.match;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleExceptions;

/**
 * Verifies one anchor hit of one rule: pattern, proximity and exceptions, all looked for
 * inside the anchor's sentence. Works on folded text only.
 */
final class HitVerifier {
    private static final String SENTENCE_ENDS = "。!?;\n";
    private static final String OPENING_QUOTES = "“「『‘《";
    private static final String CLOSING_QUOTES = "”」』’》";

    Optional<RuleHit> verify(Rule rule, String text, int anchorStart, int anchorEnd) {
        int reach = Math.max(rule.window(), rule.unlessWindow()) + 32;
        int sentenceStart = sentenceStart(text, anchorStart, reach);
        int sentenceEnd = sentenceEnd(text, anchorEnd, reach);
        int from = Math.max(sentenceStart, anchorStart - rule.window());
        int to = Math.min(sentenceEnd, anchorEnd + rule.window());
        int evidenceStart = anchorStart;
        int evidenceEnd = anchorEnd;
        if (rule.pattern().isPresent()) {
            Matcher m = rule.pattern().get().matcher(text);
            m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            boolean found = false;
            while (m.find()) {
                if (m.start() < anchorEnd && m.end() > anchorStart && m.end() > m.start()) {
                    evidenceStart = Math.min(evidenceStart, m.start());
                    evidenceEnd = Math.max(evidenceEnd, m.end());
                    found = true;
                    break;
                }
                if (m.start() >= anchorEnd) {
                    break;
                }
            }
            if (!found) {
                return Optional.empty();
            }
        }
        for (List<String> group : rule.near()) {
            int[] best = nearest(text, group, from, to, anchorStart, anchorEnd);
            if (best == null) {
                return Optional.empty();
            }
            evidenceStart = Math.min(evidenceStart, best[0]);
            evidenceEnd = Math.max(evidenceEnd, best[1]);
        }
        if (cancelled(rule, text, anchorStart, anchorEnd, sentenceStart, sentenceEnd)) {
            return Optional.empty();
        }
        if (rule.skipQuoted() && quoted(text, anchorStart, anchorEnd, sentenceStart, sentenceEnd)) {
            return Optional.empty();
        }
        return Optional.of(new RuleHit(rule, evidenceStart, evidenceEnd));
    }

    private static boolean cancelled(Rule rule, String text, int as, int ae, int ss, int se) {
        RuleExceptions unless = rule.unless();
        int w = rule.unlessWindow();
        for (String p : unless.before()) {
            int at = indexIn(text, p, Math.max(ss, as - w - p.length()), ae);
            if (at >= 0 && at < as) {
                return true;
            }
        }
        for (String p : unless.after()) {
            int at = indexIn(text, p, as + 1, Math.min(se, ae + w + p.length()));
            if (at >= 0) {
                return true;
            }
        }
        for (String p : unless.sentence()) {
            if (indexIn(text, p, ss, se) >= 0) {
                return true;
            }
        }
        return answeredNo(unless.answer(), text, se);
    }

    /** Labels that may open the reply to a question: "答：", "A：", "回复：". */
    private static final java.util.regex.Pattern REPLY_LABEL =
            java.util.regex.Pattern.compile("\\s*(?:(?:答|回答|回复|客服|店长|a)\\s*[:]?)?\\s*");

    /**
     * True when the anchor's sentence is a question ({@code se} is its closing "?") and the reply
     * that follows opens with one of {@code answers}: "能打水光吗？答：不能" offers nothing.
     */
    static boolean answeredNo(List<String> answers, String text, int se) {
        if (answers.isEmpty() || se >= text.length() || text.charAt(se) != '?') {
            return false;
        }
        int from = se + 1;
        java.util.regex.Matcher label = REPLY_LABEL.matcher(text);
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

    /** The occurrence of one of {@code phrases} in {@code [from, to)} closest to the anchor, or null. */
    private static int[] nearest(String text, List<String> phrases, int from, int to, int as, int ae) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String p : phrases) {
            for (int at = indexIn(text, p, from, to); at >= 0; at = indexIn(text, p, at + 1, to)) {
                int end = at + p.length();
                int distance = end <= as ? as - end : at >= ae ? at - ae : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new int[]{at, end};
                }
            }
        }
        return best;
    }

    /** First occurrence of {@code p} lying wholly inside {@code [from, to)}, or -1. */
    static int indexIn(String text, String p, int from, int to) {
        for (int i = Math.max(0, from), last = Math.min(to, text.length()) - p.length(); i <= last; i++) {
            if (text.startsWith(p, i)) {
                return i;
            }
        }
        return -1;
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

    private static int sentenceStart(String text, int at, int reach) {
        int limit = Math.max(0, at - reach);
        for (int i = at - 1; i >= limit; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int at, int reach) {
        int limit = Math.min(text.length(), at + reach);
        for (int i = at; i < limit; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }
}
