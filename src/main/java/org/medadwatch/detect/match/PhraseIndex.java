package org.medadwatch.detect.match;

import java.util.Arrays;

/**
 * Where each phrase occurs in one page, from the single automaton pass: occurrence starts
 * grouped by phrase and sorted, so proximity and exception checks are binary searches
 * instead of scans of the text around every candidate.
 */
final class PhraseIndex {
    private final int[] offsets;    // phrase -> first slot in starts; offsets[p + 1] ends it
    private final int[] starts;

    private PhraseIndex(int[] offsets, int[] starts) {
        this.offsets = offsets;
        this.starts = starts;
    }

    /** Builds the index from occurrences given as parallel arrays, in text order. */
    static PhraseIndex of(int phraseCount, int[] phrases, int[] occurrenceStarts, int count) {
        int[] offsets = new int[phraseCount + 1];
        for (int i = 0; i < count; i++) {
            offsets[phrases[i] + 1]++;
        }
        for (int p = 0; p < phraseCount; p++) {
            offsets[p + 1] += offsets[p];
        }
        int[] fill = Arrays.copyOf(offsets, phraseCount);
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[fill[phrases[i]]++] = occurrenceStarts[i];
        }
        // Occurrences arrive ordered by end, so each phrase's (equal-length) occurrences are ordered by start.
        return new PhraseIndex(offsets, starts);
    }

    /** The first occurrence of {@code phrase} starting in {@code [lo, hi]}, or -1. */
    int first(int phrase, int lo, int hi) {
        int from = offsets[phrase];
        int to = offsets[phrase + 1];
        if (from == to || lo > hi) {
            return -1;
        }
        int at = Arrays.binarySearch(starts, from, to, lo);
        int slot = at >= 0 ? at : -at - 1;
        return slot < to && starts[slot] <= hi ? starts[slot] : -1;
    }

    /** Occurrence starts of {@code phrase} in {@code [lo, hi]}, ascending. */
    int[] all(int phrase, int lo, int hi) {
        int from = offsets[phrase];
        int to = offsets[phrase + 1];
        if (from == to || lo > hi) {
            return EMPTY;
        }
        int at = Arrays.binarySearch(starts, from, to, lo);
        int first = at >= 0 ? at : -at - 1;
        int last = first;
        while (last < to && starts[last] <= hi) {
            last++;
        }
        return first == last ? EMPTY : Arrays.copyOfRange(starts, first, last);
    }

    private static final int[] EMPTY = new int[0];
}
