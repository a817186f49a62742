package org.medadwatch.detect.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of one folded sentence, without a word segmenter: each run of Han characters gives
 * its character unigrams, bigrams and trigrams; each run of Latin letters one word; each run of
 * digits a shape token ({@code #2}); a percent sign the token {@code %} (rates are claims). The
 * text must already be folded ({@link org.medadwatch.detect.text.TextFolder}): simplified,
 * half-width, lower case.
 */
final class ClaimTokenizer {
    /** A sentence is cut here; claims are short, and weights stay bounded. */
    static final int MAX_CHARS = 300;

    private ClaimTokenizer() {
    }

    static String[] tokens(String folded) {
        String s = folded.length() > MAX_CHARS ? folded.substring(0, MAX_CHARS) : folded;
        List<String> out = new ArrayList<>(s.length() * 3);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isHan(c)) {
                int start = i;
                while (i < n && isHan(s.charAt(i))) {
                    out.add(String.valueOf(s.charAt(i)));
                    if (i - start >= 1) {
                        out.add(s.substring(i - 1, i + 1));
                    }
                    if (i - start >= 2) {
                        out.add(s.substring(i - 2, i + 1));
                    }
                    i++;
                }
            } else if (c >= 'a' && c <= 'z') {
                int start = i;
                while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                    i++;
                }
                out.add(s.substring(start, i));
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '.')) {
                    i++;
                }
                out.add("#" + Math.min(i - start, 12));
            } else {
                if (c == '%') {
                    out.add("%");
                }
                i++;
            }
        }
        return out.toArray(new String[0]);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static int hanCount(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                k++;
            }
        }
        return k;
    }
}
