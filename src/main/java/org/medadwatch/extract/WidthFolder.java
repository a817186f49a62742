package org.medadwatch.extract;

/**
 * Folds full-width ASCII forms (U+FF01..U+FF5E: {@code ０１２（）：－}) and the ideographic
 * space to their ASCII counterparts, one char for one char, so that patterns can be written once
 * in ASCII while offsets still point into the original text. Dashes that pages use between
 * digit groups (‐‑‒–—―－) fold to {@code -}.
 */
final class WidthFolder {
    private WidthFolder() {
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c >= '\u2010' && c <= '\u2015') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }
}
