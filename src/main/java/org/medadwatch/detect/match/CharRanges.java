package org.medadwatch.detect.match;

import java.util.Arrays;
import java.util.BitSet;

/** A set of chars as sorted, disjoint, inclusive ranges {@code lo0, hi0, lo1, hi1, ...}. */
record CharRanges(int[] bounds) {
    static final CharRanges ANY = new CharRanges(new int[]{Character.MIN_VALUE, Character.MAX_VALUE});

    static CharRanges of(char c) {
        return new CharRanges(new int[]{c, c});
    }

    static CharRanges of(BitSet members) {
        int[] out = new int[8];
        int n = 0;
        for (int lo = members.nextSetBit(0); lo >= 0 && lo <= Character.MAX_VALUE; lo = members.nextSetBit(lo + 1)) {
            int hi = Math.min(members.nextClearBit(lo), Character.MAX_VALUE + 1) - 1;
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = lo;
            out[n++] = hi;
            lo = hi;
        }
        return new CharRanges(Arrays.copyOf(out, n));
    }

    static CharRanges allBut(BitSet excluded) {
        BitSet members = new BitSet(Character.MAX_VALUE + 1);
        members.set(0, Character.MAX_VALUE + 1);
        members.andNot(excluded);
        return of(members);
    }

    boolean contains(char c) {
        int lo = 0;
        int hi = bounds.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < bounds[2 * mid]) {
                hi = mid - 1;
            } else if (c > bounds[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
