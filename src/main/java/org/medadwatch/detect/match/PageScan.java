package org.medadwatch.detect.match;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * What verification needs of one page: its folded text, where its sentences end, and one
 * reusable regex matcher per rule (made on first use: most rules never reach their pattern).
 */
final class PageScan {
    private final String text;
    private final Matcher[] matchers;
    private final int[] sentenceEnds;   // positions of 。!?;\n, ascending

    PageScan(String text, int ruleCount) {
        this.text = text;
        this.matchers = new Matcher[ruleCount];
        this.sentenceEnds = sentenceEnds(text);
    }

    private static int[] sentenceEnds(String text) {
        int[] ends = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == ';' || c == '\n') {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = i;
            }
        }
        return Arrays.copyOf(ends, n);
    }

    /** Where the sentence holding {@code at} starts, looking back at most {@code reach} chars. */
    int sentenceStart(int at, int reach) {
        int limit = Math.max(0, at - reach);
        int i = Arrays.binarySearch(sentenceEnds, at - 1);
        int before = i >= 0 ? i : -i - 2;   // last end at or before at - 1
        return before >= 0 && sentenceEnds[before] >= limit ? sentenceEnds[before] + 1 : limit;
    }

    /** Where the sentence holding {@code at} ends (exclusive), looking ahead at most {@code reach} chars. */
    int sentenceEnd(int at, int reach) {
        int limit = Math.min(text.length(), at + reach);
        int i = Arrays.binarySearch(sentenceEnds, at);
        int after = i >= 0 ? i : -i - 1;    // first end at or after at
        return after < sentenceEnds.length && sentenceEnds[after] < limit ? sentenceEnds[after] : limit;
    }

    String text() {
        return text;
    }

    /** The rule's pattern matcher over this page, transparent bounds so lookarounds see past the window. */
    Matcher matcher(CompiledRule rule) {
        Matcher m = matchers[rule.position()];
        if (m == null) {
            m = rule.rule().pattern().orElseThrow().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[rule.position()] = m;
        }
        return m;
    }
}
