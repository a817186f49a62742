package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A few phrases of one rule (its exceptions, a proximity group, the text its pattern needs),
 * looked for only in the few dozen characters around an anchor hit. Kept out of the page-wide
 * automaton: phrases such as 不 or 术 occur every few characters, and finding and indexing all
 * of them on every page cost more than looking near the rare anchor hits that need them.
 */
final class PhraseSet {
    static final PhraseSet EMPTY = new PhraseSet(List.of());

    private final String[] phrases;
    private final char[] firstChars;    // open addressing by first character; '\0' marks a free slot
    private final int[][] byFirstChar;  // slot -> indexes of the phrases starting with that character, in order
    private final int mask;
    private final long[] firstCharBits = new long[16];  // bit (c & 1023) set for every first character c: most characters miss it
    private final int shortest;
    private final int longest;

    PhraseSet(List<String> phrases) {
        this.phrases = phrases.toArray(String[]::new);
        int slots = Integer.highestOneBit(Math.max(1, phrases.size()) * 4 - 1) << 1;
        this.mask = slots - 1;
        this.firstChars = new char[slots];
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            lists.add(new ArrayList<>());
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int p = 0; p < this.phrases.length; p++) {
            String phrase = this.phrases[p];
            if (phrase.isEmpty() || phrase.charAt(0) == '\0') {
                throw new IllegalArgumentException("phrase must not be empty or start with NUL: " + phrase);
            }
            int slot = slot(phrase.charAt(0));
            firstChars[slot] = phrase.charAt(0);
            lists.get(slot).add(p);
            firstCharBits[(phrase.charAt(0) >> 6) & 15] |= 1L << phrase.charAt(0);
            min = Math.min(min, phrase.length());
            max = Math.max(max, phrase.length());
        }
        this.byFirstChar = lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.shortest = min;
        this.longest = max;
    }

    /** The slot of {@code c}: its own, or the free one where it would go. */
    private int slot(char c) {
        int s = (c * 0x9E3779B1 >>> 16) & mask;
        while (firstChars[s] != '\0' && firstChars[s] != c) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private int[] startingWith(char c) {
        if ((firstCharBits[(c >> 6) & 15] & 1L << c) == 0) {
            return NONE;
        }
        int s = slot(c);
        return firstChars[s] == c ? byFirstChar[s] : NONE;
    }

    boolean isEmpty() {
        return phrases.length == 0;
    }

    int longest() {
        return longest;
    }

    /**
     * Whether a phrase occurs starting in {@code [startLo, startHi]} and ending (exclusive) in
     * {@code [endLo, endHi]}.
     */
    boolean occurs(String text, int startLo, int startHi, int endLo, int endHi) {
        if (phrases.length == 0) {
            return false;
        }
        int last = Math.min(startHi, Math.min(endHi, text.length()) - shortest);
        for (int s = Math.max(0, startLo); s <= last; s++) {
            for (int p : startingWith(text.charAt(s))) {
                int end = s + phrases[p].length();
                if (end >= endLo && end <= endHi && text.startsWith(phrases[p], s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a phrase lies wholly inside {@code [from, to)}. */
    boolean within(String text, int from, int to) {
        return occurs(text, from, to - 1, from, to);
    }

    /**
     * The occurrence wholly inside {@code [from, to)} closest to the span {@code [as, ae)}, as
     * {@code {start, end}}, or null. Ties go to the phrase listed first, then to the earlier start.
     */
    int[] nearest(String text, int from, int to, int as, int ae) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestPhrase = Integer.MAX_VALUE;
        int last = Math.min(to, text.length()) - shortest;
        for (int s = Math.max(0, from); s <= last; s++) {
            for (int p : startingWith(text.charAt(s))) {
                int end = s + phrases[p].length();
                if (end > to || !text.startsWith(phrases[p], s)) {
                    continue;
                }
                int distance = end <= as ? as - end : s >= ae ? s - ae : 0;
                if (distance < bestDistance || distance == bestDistance && p < bestPhrase) {
                    best = new int[]{s, end};
                    bestDistance = distance;
                    bestPhrase = p;
                }
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "PhraseSet" + Arrays.toString(phrases);
    }

    private static final int[] NONE = new int[0];
}
