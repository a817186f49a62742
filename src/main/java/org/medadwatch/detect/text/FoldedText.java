package org.medadwatch.detect.text;

/**
 * Text folded for matching, with the way back to the original: folded char {@code i} came
 * from the original char at {@code originalStart(i)}; a pinyin syllable read as a character
 * ({@link PinyinReading}) is one folded char that ends where the syllable does.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] from;
    /** Where a folded char made of several original ones ends in the original; 0 for the rest. Null where none is. */
    private final int[] until;

    FoldedText(String original, String folded, int[] from) {
        this(original, folded, from, null);
    }

    FoldedText(String original, String folded, int[] from, int[] until) {
        this.original = original;
        this.folded = folded;
        this.from = from;
        this.until = until;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return folded.length();
    }

    /** Original offset where folded char {@code i} begins. */
    public int originalStart(int foldedIndex) {
        return from[foldedIndex];
    }

    /** Original offset just past the folded span ending (exclusively) at {@code foldedEnd}; a surrogate pair stays whole. */
    public int originalEnd(int foldedEnd) {
        if (until != null && until[foldedEnd - 1] > 0) {
            return until[foldedEnd - 1];
        }
        int last = from[foldedEnd - 1];
        return last + 1 < original.length() && Character.isHighSurrogate(original.charAt(last))
                && Character.isLowSurrogate(original.charAt(last + 1)) ? last + 2 : last + 1;
    }

    /** The original text that the folded span {@code [from, to)} was made from. */
    public String originalSpan(int from, int to) {
        return original.substring(originalStart(from), originalEnd(to));
    }
}
