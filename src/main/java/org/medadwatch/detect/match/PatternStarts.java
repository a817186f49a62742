package org.medadwatch.detect.match;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The characters a regex match can start with, read off the pattern's text, so verification
 * tries the regex only where a match could begin. {@code java.util.regex} tries every position
 * and, on a big alternation or a class of hundreds of Chinese characters, pays for each branch
 * there. Conservative: anything {@link RegexReader} does not follow, and any-char, negated classes
 * and the like, give no set, and every position is tried.
 */
final class PatternStarts implements RegexReader.Algebra<PatternStarts.Starts> {
    /** First characters of a piece of pattern, and whether it can match the empty string. */
    record Starts(BitSet chars, boolean canBeEmpty) {
    }

    private PatternStarts() {
    }

    /** The possible first characters of a non-empty match, or empty when they cannot be told. */
    static Optional<BitSet> of(String pattern) {
        return RegexReader.read(pattern, new PatternStarts()).filter(s -> !s.canBeEmpty()).map(Starts::chars);
    }

    @Override
    public Starts literal(char c) {
        BitSet b = new BitSet();
        b.set(c);
        return new Starts(b, false);
    }

    @Override
    public Starts charClass(BitSet members) {
        if (members == null) {
            throw new RegexReader.Unknown(); // a match could start with anything
        }
        return new Starts(members, false);
    }

    @Override
    public Starts zeroWidth() {
        return new Starts(new BitSet(), true);
    }

    @Override
    public Starts concat(Starts first, Starts then) {
        if (!first.canBeEmpty()) {
            return first;
        }
        BitSet chars = (BitSet) first.chars().clone();
        chars.or(then.chars());
        return new Starts(chars, then.canBeEmpty());
    }

    @Override
    public Starts alternatives(List<Starts> options) {
        BitSet chars = new BitSet();
        boolean empty = false;
        for (Starts s : options) {
            chars.or(s.chars());
            empty |= s.canBeEmpty();
        }
        return new Starts(chars, empty);
    }

    @Override
    public Starts repeat(Starts atom, int min, int max) {
        return new Starts(atom.chars(), atom.canBeEmpty() || min == 0);
    }
}
