package org.medadwatch.detect.match;

import java.util.Arrays;

/**
 * Where each phrase occurs in one page, from the single automaton pass: occurrences packed as
 * {@code phrase << 32 | start} and sorted, so proximity and exception checks are binary
 * searches instead of scans of the text around every candidate. Costs nothing per phrase the
 * page does not contain.
 */
final class PhraseIndex {
    private final long[] keys;
    /** Phrases that occur at all: most proximity and exception phrases of a rule do not, and cost one bit test. */
    private final java.util.BitSet present;

    private PhraseIndex(long[] keys, java.util.BitSet present) {
        this.keys = keys;
        this.present = present;
    }

    /** Builds the index from occurrences given as parallel arrays. */
    static PhraseIndex of(int phraseCount, int[] phrases, int[] occurrenceStarts, int count) {
        long[] keys = new long[count];
        java.util.BitSet present = new java.util.BitSet(phraseCount);
        for (int i = 0; i < count; i++) {
            keys[i] = key(phrases[i], occurrenceStarts[i]);
            present.set(phrases[i]);
        }
        Arrays.sort(keys);
        return new PhraseIndex(keys, present);
    }

    private static long key(int phrase, int start) {
        return ((long) phrase << 32) | (start & 0xFFFFFFFFL);
    }

    /** The first occurrence of {@code phrase} starting in {@code [lo, hi]}, or -1. */
    int first(int phrase, int lo, int hi) {
        if (lo > hi || !present.get(phrase)) {
            return -1;
        }
        int slot = lowerBound(key(phrase, Math.max(0, lo)));
        return slot < keys.length && keys[slot] <= key(phrase, hi) ? (int) keys[slot] : -1;
    }

    /** Occurrence starts of {@code phrase} in {@code [lo, hi]}, ascending. */
    int[] all(int phrase, int lo, int hi) {
        if (lo > hi || !present.get(phrase)) {
            return EMPTY;
        }
        int first = lowerBound(key(phrase, Math.max(0, lo)));
        long last = key(phrase, hi);
        int end = first;
        while (end < keys.length && keys[end] <= last) {
            end++;
        }
        if (end == first) {
            return EMPTY;
        }
        int[] out = new int[end - first];
        for (int i = first; i < end; i++) {
            out[i - first] = (int) keys[i];
        }
        return out;
    }

    private int lowerBound(long key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? at : -at - 1;
    }

    private static final int[] EMPTY = new int[0];
}
