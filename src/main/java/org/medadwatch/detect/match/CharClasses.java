package org.medadwatch.detect.match;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The chars split into classes no set of a pattern tells apart, as a DFA's alphabet: a 140-word
 * list needs one class per char it uses, and the twenty thousand other Chinese chars share a
 * few. Looked up in two array reads: a 256-char block whose chars all fall in one class is
 * stored as that class alone.
 */
final class CharClasses {
    private final int[] starts;           // class k covers [starts[k], starts[k + 1])
    private final int[] uniformBlock;     // high byte -> the class of every char in the block, or -1
    private final char[][] blocks;        // high byte -> class per low byte, where not uniform

    CharClasses(Collection<CharRanges> sets) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        for (CharRanges set : sets) {
            int[] b = set.bounds();
            for (int i = 0; i < b.length; i += 2) {
                cuts.add(b[i]);
                if (b[i + 1] < Character.MAX_VALUE) {
                    cuts.add(b[i + 1] + 1);
                }
            }
        }
        this.starts = cuts.stream().mapToInt(Integer::intValue).toArray();
        this.uniformBlock = new int[256];
        this.blocks = new char[256][];
        for (int high = 0; high < 256; high++) {
            int first = classOfSearch((char) (high << 8));
            int last = classOfSearch((char) (high << 8 | 0xFF));
            if (first == last) {
                uniformBlock[high] = first;
                continue;
            }
            uniformBlock[high] = -1;
            char[] block = new char[256];
            for (int low = 0; low < 256; low++) {
                block[low] = (char) classOfSearch((char) (high << 8 | low));
            }
            blocks[high] = block;
        }
    }

    int count() {
        return starts.length;
    }

    int classOf(char c) {
        int uniform = uniformBlock[c >>> 8];
        return uniform >= 0 ? uniform : blocks[c >>> 8][c & 0xFF];
    }

    /** A char of class {@code k}: every char of the class is read alike. */
    char member(int k) {
        return (char) starts[k];
    }

    private int classOfSearch(char c) {
        int i = Arrays.binarySearch(starts, c);
        return i >= 0 ? i : -i - 2;
    }
}
