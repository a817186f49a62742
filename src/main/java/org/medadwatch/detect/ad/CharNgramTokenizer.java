package org.medadwatch.detect.ad;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into categorizer tokens without a word segmenter: each run of Han characters gives
 * its character unigrams and bigrams; each run of Latin letters gives one lower-cased word; each
 * run of digits gives a shape token ({@code #3}, {@code #11}) so that phone numbers and prices
 * count without their values. Everything else separates runs. Text is NFKC-normalised first, so
 * full-width letters and digits fold to ASCII.
 */
final class CharNgramTokenizer {
    /** Long pages are cut here: the start of a page says what it is, and weights stay bounded. */
    static final int MAX_CHARS = 6000;

    private CharNgramTokenizer() {
    }

    static String[] tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
        }
        List<String> out = new ArrayList<>(s.length() * 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (isHan(cp)) {
                int start = i;
                int prevStart = -1;
                while (i < n && isHan(s.codePointAt(i))) {
                    int w = Character.charCount(s.codePointAt(i));
                    out.add(s.substring(i, i + w));
                    if (prevStart >= 0) {
                        out.add(s.substring(prevStart, i + w));
                    }
                    prevStart = i;
                    i += w;
                }
                if (i == start) {
                    i += width;
                }
            } else if (isLatin(cp)) {
                int start = i;
                while (i < n && isLatin(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
            } else if (cp >= '0' && cp <= '9') {
                int start = i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                out.add("#" + Math.min(i - start, 12));
            } else {
                i += width;
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
}
