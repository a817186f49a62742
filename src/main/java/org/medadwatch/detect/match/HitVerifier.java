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

    /** Receives the reason a hit was turned down; see {@link Rejection}. */
    @FunctionalInterface
    interface Why {
        void rejected(Rejection.Reason reason, int start, int end, List<String> phrases);
    }

    Optional<RuleHit> verify(CompiledRule compiled, PageScan page, int anchorStart, int anchorEnd) {
        return verify(compiled, page, anchorStart, anchorEnd, null);
    }

    /**
     * @param why told the reason when the hit is turned down; null on the hot path, where
     *            the reason is not wanted
     */
    Optional<RuleHit> verify(CompiledRule compiled, PageScan page, int anchorStart, int anchorEnd, Why why) {
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
                // the pattern cannot match without one of these in the window
                return rejected(why, Rejection.Reason.PATTERN_TEXT_MISSING, from, to, group);
            }
        }
        int evidenceStart = anchorStart;
        int evidenceEnd = anchorEnd;
        for (PhraseSet group : compiled.near()) {
            int[] best = group.nearest(text, from, to, anchorStart, anchorEnd);
            if (best == null) {
                return rejected(why, Rejection.Reason.NOTHING_NEAR, from, to, group);
            }
            evidenceStart = Math.min(evidenceStart, best[0]);
            evidenceEnd = Math.max(evidenceEnd, best[1]);
        }
        int w = rule.unlessWindow();
        PhraseSet before = compiled.unlessBefore();
        // wholly inside [clauseStart, anchorEnd), starting before the anchor and ending at most w before it:
        // a qualifier before the anchor's clause qualifies another claim ("辅助降糖，治疗糖尿病并发症")
        int lookBack = Math.max(sentenceStart, anchorStart - w - before.longest());
        int[] exception = before.find(text, clauseStart(text, lookBack, anchorStart), anchorStart - 1, anchorStart - w, anchorEnd);
        if (exception != null) {
            return rejected(why, Rejection.Reason.EXCEPTION_BEFORE, exception, text);
        }
        // starting at most w after the anchor, ending inside the sentence
        exception = compiled.unlessAfter().find(text, anchorEnd, anchorEnd + w, anchorEnd, sentenceEnd);
        if (exception != null) {
            return rejected(why, Rejection.Reason.EXCEPTION_AFTER, exception, text);
        }
        exception = compiled.unlessSentence().findWithin(text, sentenceStart, sentenceEnd);
        if (exception != null) {
            return rejected(why, Rejection.Reason.EXCEPTION_IN_SENTENCE, exception, text);
        }
        exception = answeredNo(rule.unless().answer(), text, sentenceEnd);
        if (exception != null) {
            return rejected(why, Rejection.Reason.ANSWERED_NO, exception, text);
        }
        if (rule.skipQuoted() && quoted(text, anchorStart, anchorEnd, sentenceStart, sentenceEnd)) {
            return rejected(why, Rejection.Reason.QUOTED, sentenceStart, sentenceEnd, List.of());
        }
        if (rule.pattern().isPresent()) {
            // Last: the regex is the dearest check, so it runs only where everything else held.
            Matcher m = null; // made at the first start the automaton lets through: most candidates have none
            boolean found = false;
            // A match counts when it starts in the window before the anchor's end and reaches past its start.
            for (int s = from, last = Math.min(anchorEnd, to); s < last && !found; s++) {
                if (compiled.patternCanStartAt(text, s, to) && compiled.patternCanEnd(text, s, to, anchorStart)) {
                    m = m == null ? page.matcher(compiled) : m;
                    m.region(s, to);
                    if (m.lookingAt() && m.end() > anchorStart && m.end() > s) {
                        evidenceStart = Math.min(evidenceStart, s);
                        evidenceEnd = Math.max(evidenceEnd, m.end());
                        found = true;
                    }
                }
            }
            if (!found) {
                return rejected(why, Rejection.Reason.PATTERN, from, to, List.of());
            }
        }
        return Optional.of(new RuleHit(rule, evidenceStart, evidenceEnd));
    }

    /** Where the clause holding {@code at} starts: just past the last comma in {@code [from, at)}, or {@code from}. */
    private static int clauseStart(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (text.charAt(i) == ',') {
                return i + 1;
            }
        }
        return from;
    }

    private static Optional<RuleHit> rejected(Why why, Rejection.Reason reason, int start, int end, List<String> phrases) {
        if (why != null) {
            why.rejected(reason, start, end, phrases);
        }
        return Optional.empty();
    }

    /** The phrases are listed only when someone asks why: the hot path turns hits down without a list. */
    private static Optional<RuleHit> rejected(Why why, Rejection.Reason reason, int start, int end, PhraseSet looked) {
        return rejected(why, reason, start, end, why == null ? List.of() : looked.phrases());
    }

    private static Optional<RuleHit> rejected(Why why, Rejection.Reason reason, int[] found, String text) {
        return rejected(why, reason, found[0], found[1], why == null ? List.of() : List.of(text.substring(found[0], found[1])));
    }

    /** Labels that may open the reply to a question: "答：", "A：", "回复：". */
    private static final Pattern REPLY_LABEL =
            Pattern.compile("\\s*(?:(?:答|回答|回复|客服|店长|a)\\s*[:]?)?\\s*");

    /**
     * Where the reply opens with one of {@code answers}, as {@code {start, end}}, when the anchor's
     * sentence is a question ({@code se} is its closing "?"): "能打水光吗？答：不能" offers nothing.
     * Null otherwise.
     */
    static int[] answeredNo(List<String> answers, String text, int se) {
        if (answers.isEmpty() || se >= text.length() || text.charAt(se) != '?') {
            return null;
        }
        int from = se + 1;
        Matcher label = REPLY_LABEL.matcher(text);
        label.region(from, Math.min(text.length(), from + 8));
        if (label.lookingAt()) {
            from = label.end();
        }
        for (String a : answers) {
            if (text.startsWith(a, from)) {
                return new int[]{from, from + a.length()};
            }
        }
        return null;
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
                return cited(text, ss, open, i);
            }
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean straightQuoted(String text, int as, int ae, int ss, int se) {
        int before = 0;
        int open = -1;
        for (int i = ss; i < as; i++) {
            if (text.charAt(i) == '"') {
                before++;
                open = i;
            }
        }
        int close = text.indexOf('"', ae);
        return before % 2 == 1 && close >= 0 && close < se && cited(text, ss, open, close);
    }

    /** Words that, just before a quotation, say whose words it holds: "宣称“根治”", "打着“干细胞”的旗号". */
    private static final Pattern CITED_BEFORE = Pattern.compile(
            "(?:说|称|道|问|谓|宣称|声称|号称|所谓|打着|标榜|自称|写着|写有|印着|标注|广告语|口号|提到|表示|认为|强调|宣传|宣扬|鼓吹|吹嘘|涉嫌)"
            + "(?:的)?[:,]?\\s?$");
    /**
     * Words that, just after a quotation or a run of them, make it a citation: "“根治”的说法", "以“免费体检”
     * “送鸡蛋”等名义", "“干细胞”字样".
     */
    private static final Pattern CITED_AFTER = Pattern.compile(
            "^(?:[“\"][^”\"]{0,12}[”\"])*(?:的说法|的宣传|的广告|的旗号|的噱头|的幌子|的名义|名义|等|字样|之类|一类|这类|广告|宣传)");
    private static final int CITING_REACH = 8;
    /** How far after a quotation a run of further quotations and the citing word may reach. */
    private static final int CITED_AFTER_REACH = 40;

    /**
     * Whether the quotation from {@code open} to {@code close} cites someone's words, as a report or a
     * warning does. An ad sets its own programme or product in quotation marks ("采用“自体免疫细胞回输”
     * 双通道方案"): that is emphasis, and what it offers is offered.
     */
    private static boolean cited(String text, int ss, int open, int close) {
        String before = text.substring(Math.max(ss, open - CITING_REACH), open);
        String after = text.substring(close + 1, Math.min(text.length(), close + 1 + CITED_AFTER_REACH));
        return CITED_BEFORE.matcher(before).find() || CITED_AFTER.matcher(after).find();
    }
}
