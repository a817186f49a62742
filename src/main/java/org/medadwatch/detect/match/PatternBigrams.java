package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first two characters a regex match can open with, read off the pattern, so verification
 * runs the regex only where the text could begin a match. {@link PatternStarts} looks at one
 * character; on rules whose matches open with one of a hundred disease names (高血压, 糖尿病,
 * 颈椎病…) that still lets through every 高, 糖 and 颈 of the window, and each attempt walks the
 * whole alternation. Lookarounds and anchors count as empty and unknown classes as any
 * character, so the pairs are a superset and the regex still decides.
 */
final class PatternBigrams {
    /** More distinct first characters than this (a wide class up front) and the filter is not worth its table. */
    private static final int MAX_FIRST_CHARS = 4096;

    private final CharIndex firstChars;
    private final int[][] secondRanges;  // index of a first char -> second-char ranges {lo, hi, lo, hi, ...}
    private final BitSet alone;          // first chars that are a whole match by themselves

    private PatternBigrams(CharIndex firstChars, int[][] secondRanges, BitSet alone) {
        this.firstChars = firstChars;
        this.secondRanges = secondRanges;
        this.alone = alone;
    }

    /** The pattern's opening pairs, or empty when they cannot be told or are too many to be worth it. */
    static Optional<PatternBigrams> of(String pattern) {
        return RegexReader.read(pattern, new Reader()).flatMap(PatternBigrams::table);
    }

    private static Optional<PatternBigrams> table(Opening opening) {
        Map<Character, List<int[]>> seconds = new LinkedHashMap<>();
        for (Pair pair : opening.pairs()) {
            int[] ranges = ranges(pair.second());
            for (int c = pair.first().nextSetBit(0); c >= 0; c = pair.first().nextSetBit(c + 1)) {
                seconds.computeIfAbsent((char) c, k -> new ArrayList<>()).add(ranges);
                if (seconds.size() > MAX_FIRST_CHARS) {
                    return Optional.empty();
                }
            }
        }
        if (seconds.containsKey('\0')) {
            return Optional.empty(); // CharIndex keeps NUL for its free slots
        }
        CharIndex firstChars = new CharIndex(seconds.keySet());
        int[][] table = new int[firstChars.size()][];
        seconds.forEach((c, list) -> table[firstChars.indexOf(c)] = list.size() == 1 ? list.get(0)
                : list.stream().flatMapToInt(Arrays::stream).toArray());
        return Optional.of(new PatternBigrams(firstChars, table, opening.alone()));
    }

    private static int[] ranges(BitSet set) {
        List<Integer> bounds = new ArrayList<>();
        for (int lo = set.nextSetBit(0); lo >= 0; lo = set.nextSetBit(lo + 1)) {
            int hi = set.nextClearBit(lo) - 1;
            bounds.add(lo);
            bounds.add(hi);
            lo = hi;
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a non-empty match could start at {@code at} and end by {@code limit}. */
    boolean mayStartAt(CharSequence text, int at, int limit) {
        char c = text.charAt(at);
        if (alone.get(c)) {
            return true;
        }
        if (at + 1 >= limit) {
            return false;
        }
        int first = firstChars.indexOf(c);
        if (first < 0) {
            return false;
        }
        int[] seconds = secondRanges[first];
        char next = text.charAt(at + 1);
        for (int k = 0; k < seconds.length; k += 2) {
            if (next >= seconds[k] && next <= seconds[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** A first character from {@code first} followed by a second from {@code second}. */
    private record Pair(BitSet first, BitSet second) {
    }

    /**
     * How the matches of a piece of pattern open: {@code alone}, the one-character matches;
     * {@code pairs}, the first two characters of the longer ones; {@code firsts}, the first
     * character of any non-empty one; {@code empty}, whether it matches the empty string.
     */
    private record Opening(BitSet alone, List<Pair> pairs, BitSet firsts, boolean empty) {
        static final Opening EMPTY = new Opening(new BitSet(), List.of(), new BitSet(), true);

        static Opening of(BitSet chars) {
            return new Opening(chars, List.of(), chars, false);
        }

        Opening or(Opening other) {
            BitSet alone = (BitSet) this.alone.clone();
            alone.or(other.alone);
            List<Pair> pairs = new ArrayList<>(this.pairs);
            pairs.addAll(other.pairs);
            BitSet firsts = (BitSet) this.firsts.clone();
            firsts.or(other.firsts);
            return new Opening(alone, pairs, firsts, empty || other.empty);
        }

        Opening then(Opening next) {
            BitSet alone = new BitSet();
            if (next.empty) {
                alone.or(this.alone);
            }
            if (empty) {
                alone.or(next.alone);
            }
            List<Pair> pairs = new ArrayList<>(this.pairs);
            if (!this.alone.isEmpty() && !next.firsts.isEmpty()) {
                pairs.add(new Pair(this.alone, next.firsts));
            }
            BitSet firsts = (BitSet) this.firsts.clone();
            if (empty) {
                pairs.addAll(next.pairs);
                firsts.or(next.firsts);
            }
            return new Opening(alone, pairs, firsts, empty && next.empty);
        }
    }

    /** Reads the opening of each piece as {@link RegexReader} walks the pattern. */
    private static final class Reader implements RegexReader.Algebra<Opening> {
        private static final BitSet ANY = new BitSet();

        static {
            ANY.set(0, Character.MAX_VALUE + 1);
        }

        @Override
        public Opening literal(char c) {
            BitSet b = new BitSet();
            b.set(c);
            return Opening.of(b);
        }

        @Override
        public Opening charClass(BitSet members) {
            return Opening.of(members == null ? ANY : members);
        }

        @Override
        public Opening zeroWidth() {
            return Opening.EMPTY;
        }

        @Override
        public Opening concat(Opening first, Opening then) {
            return first.then(then);
        }

        @Override
        public Opening alternatives(List<Opening> options) {
            Opening all = options.get(0);
            for (int i = 1; i < options.size(); i++) {
                all = all.or(options.get(i));
            }
            return all;
        }

        /** Only the first two characters matter, so two copies stand for any larger count. */
        @Override
        public Opening repeat(Opening atom, int min, int max) {
            Opening twice = atom.then(atom);
            if (max == 0) {
                return Opening.EMPTY;
            }
            if (min >= 2) {
                return twice;
            }
            Opening upTo = max >= 2 ? atom.or(twice) : atom;
            return min == 0 ? upTo.or(Opening.EMPTY) : upTo;
        }
    }
}
