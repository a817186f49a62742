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
    private final CharIndex firstChars;
    private final int[][] byFirstChar;  // index of a first character -> the phrases starting with it, in order
    private final int shortest;
    private final int longest;

    PhraseSet(List<String> phrases) {
        this.phrases = phrases.toArray(String[]::new);
        for (String phrase : this.phrases) {
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
        }
        this.firstChars = new CharIndex(phrases.stream().map(p -> p.charAt(0)).toList());
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < firstChars.size(); i++) {
            lists.add(new ArrayList<>());
        }
        for (int p = 0; p < this.phrases.length; p++) {
            lists.get(firstChars.indexOf(this.phrases[p].charAt(0))).add(p);
        }
        this.byFirstChar = lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.shortest = phrases.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        this.longest = phrases.stream().mapToInt(String::length).max().orElse(0);
    }

    private int[] startingWith(char c) {
        int i = firstChars.indexOf(c);
        return i < 0 ? NONE : byFirstChar[i];
    }

    int longest() {
        return longest;
    }

    /**
     * Whether a phrase occurs starting in {@code [startLo, startHi]} and ending (exclusive) in
     * {@code [endLo, endHi]}.
     */
    boolean occurs(String text, int startLo, int startHi, int endLo, int endHi) {
        return find(text, startLo, startHi, endLo, endHi) != null;
    }

    /** The first occurrence {@link #occurs} accepts, as {@code {start, end}}, or null. */
    int[] find(String text, int startLo, int startHi, int endLo, int endHi) {
        if (phrases.length == 0) {
            return null;
        }
        int last = Math.min(startHi, Math.min(endHi, text.length()) - shortest);
        for (int s = Math.max(0, startLo); s <= last; s++) {
            for (int p : startingWith(text.charAt(s))) {
                int end = s + phrases[p].length();
                if (end >= endLo && end <= endHi && text.startsWith(phrases[p], s)) {
                    return new int[]{s, end};
                }
            }
        }
        return null;
    }

    /** Whether a phrase lies wholly inside {@code [from, to)}. */
    boolean within(String text, int from, int to) {
        return occurs(text, from, to - 1, from, to);
    }

    /** The first phrase lying wholly inside {@code [from, to)}, as {@code {start, end}}, or null. */
    int[] findWithin(String text, int from, int to) {
        return find(text, from, to - 1, from, to);
    }

    /** The phrases, in the order given. */
    List<String> phrases() {
        return List.of(phrases);
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
