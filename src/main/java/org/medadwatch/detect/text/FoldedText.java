package org.medadwatch.detect.text;

/**
 * Text folded for matching, with the way back to the original: folded char {@code i} came
 * from original chars {@code [start(i), end(i))}.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] starts;
    private final int[] ends;

    FoldedText(String original, String folded, int[] starts, int[] ends) {
        this.original = original;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
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
        return starts[foldedIndex];
    }

    /** Original offset just past the folded span ending (exclusively) at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        return ends[foldedEnd - 1];
    }

    /** The original text that the folded span {@code [from, to)} was made from. */
    public String originalSpan(int from, int to) {
        return original.substring(originalStart(from), originalEnd(to));
    }
}
