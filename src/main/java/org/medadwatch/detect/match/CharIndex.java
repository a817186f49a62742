package org.medadwatch.detect.match;

import java.util.Collection;

/**
 * A fixed set of characters, each given a dense index: an open-addressing table behind a
 * 1,024-bit mask, so the usual question near an anchor hit ("does anything start with this
 * character?") is answered for most characters by one bit test, without boxing.
 */
final class CharIndex {
    private final long[] bits = new long[16];  // bit (c & 1023) set for every member c
    private final char[] keys;                 // '\0' marks a free slot
    private final int[] indexes;
    private final int mask;
    private final int size;

    /** Indexes the distinct characters of {@code chars} in the order given, from 0; NUL is not allowed. */
    CharIndex(Collection<Character> chars) {
        int slots = Integer.highestOneBit(Math.max(1, chars.size()) * 4 - 1) << 1;
        this.mask = slots - 1;
        this.keys = new char[slots];
        this.indexes = new int[slots];
        int next = 0;
        for (char c : chars) {
            if (c == '\0') {
                throw new IllegalArgumentException("NUL cannot be indexed");
            }
            int s = slot(c);
            if (keys[s] != c) {
                keys[s] = c;
                indexes[s] = next++;
                bits[(c >> 6) & 15] |= 1L << c;
            }
        }
        this.size = next;
    }

    private int slot(char c) {
        int s = (c * 0x9E3779B1 >>> 16) & mask;
        while (keys[s] != '\0' && keys[s] != c) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The index of {@code c}, or -1 when it is not a member. */
    int indexOf(char c) {
        if (c == '\0' || (bits[(c >> 6) & 15] & 1L << c) == 0) {
            return -1;
        }
        int s = slot(c);
        return keys[s] == c ? indexes[s] : -1;
    }

    /** How many distinct characters are indexed. */
    int size() {
        return size;
    }
}
