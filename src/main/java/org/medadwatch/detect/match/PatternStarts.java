package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The characters a regex match can start with, read off the pattern's text, so verification
 * tries the regex only where a match could begin. {@code java.util.regex} tries every position
 * and, on a big alternation or a class of hundreds of Chinese characters, pays for each branch
 * there. Conservative: anything this reader does not understand (any-char, properties,
 * negated classes, flags, back-references) gives no set, and every position is tried.
 */
final class PatternStarts {
    private final String p;
    private int i;

    private PatternStarts(String pattern) {
        this.p = pattern;
    }

    /** The possible first characters of a non-empty match, or empty when they cannot be told. */
    static Optional<BitSet> of(String pattern) {
        try {
            PatternStarts reader = new PatternStarts(pattern);
            Starts s = reader.alternation();
            if (reader.i != pattern.length() || s.canBeEmpty) {
                return Optional.empty();
            }
            return Optional.of(s.chars);
        } catch (RuntimeException e) {
            return Optional.empty(); // Unknown, or a malformed piece such as a bad \\u escape
        }
    }

    /** First characters of a piece of pattern, and whether it can match the empty string. */
    private record Starts(BitSet chars, boolean canBeEmpty) {
    }

    /** Thrown on any construct this reader does not follow. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private Starts alternation() {
        List<Starts> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            alternatives.add(sequence());
        }
        BitSet chars = new BitSet();
        boolean empty = false;
        for (Starts s : alternatives) {
            chars.or(s.chars);
            empty |= s.canBeEmpty;
        }
        return new Starts(chars, empty);
    }

    private Starts sequence() {
        BitSet chars = new BitSet();
        boolean stillEmpty = true;
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            Starts atom = quantified(atom());
            if (stillEmpty) {
                chars.or(atom.chars);
                stillEmpty = atom.canBeEmpty;
            }
        }
        return new Starts(chars, stillEmpty);
    }

    private Starts quantified(Starts atom) {
        if (i >= p.length()) {
            return atom;
        }
        char c = p.charAt(i);
        boolean optional;
        if (c == '?' || c == '*') {
            optional = true;
            i++;
        } else if (c == '+') {
            optional = false;
            i++;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
                throw new Unknown();
            }
            String body = p.substring(i + 1, close);
            if (!body.matches("\\d+(,\\d*)?")) {
                throw new Unknown();
            }
            optional = body.startsWith("0");
            i = close + 1;
        } else {
            return atom;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        return new Starts(atom.chars, atom.canBeEmpty || optional);
    }

    private Starts atom() {
        char c = p.charAt(i);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return new Starts(bracket(), false);
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$' -> {
                i++;
                return new Starts(new BitSet(), true);
            }
            case '.', '*', '+', '?', '{', '}', ']' -> throw new Unknown();
            default -> {
                i++;
                return single(c);
            }
        }
    }

    private Starts group() {
        i++; // (
        boolean zeroWidth = false;
        if (p.startsWith("?:", i)) {
            i += 2;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            zeroWidth = true;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            zeroWidth = true;
        } else if (i < p.length() && p.charAt(i) == '?') {
            throw new Unknown(); // flags, named groups, atomic groups
        }
        Starts inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new Unknown();
        }
        i++;
        return zeroWidth ? new Starts(new BitSet(), true) : inner;
    }

    private BitSet bracket() {
        i++; // [
        if (i < p.length() && p.charAt(i) == '^') {
            throw new Unknown();
        }
        BitSet set = new BitSet();
        boolean first = true;
        while (i < p.length() && (p.charAt(i) != ']' || first)) {
            first = false;
            int from = classChar(set);
            if (from >= 0 && i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i++;
                int to = classChar(set);
                if (to < from) {
                    throw new Unknown();
                }
                set.set(from, to + 1);
            } else if (from >= 0) {
                set.set(from);
            }
        }
        if (i >= p.length()) {
            throw new Unknown();
        }
        i++; // ]
        return set;
    }

    /** One class member: a char (returned) or a shorthand such as \d (added to set, -1 returned). */
    private int classChar(BitSet set) {
        char c = p.charAt(i);
        if (c == '[' || c == '&') {
            throw new Unknown(); // nested classes, intersections
        }
        if (c != '\\') {
            i++;
            return c;
        }
        Starts e = escape();
        if (e.chars.cardinality() == 1) {
            return e.chars.nextSetBit(0);
        }
        set.or(e.chars);
        return -1;
    }

    private Starts escape() {
        if (i + 1 >= p.length()) {
            throw new Unknown();
        }
        char e = p.charAt(i + 1);
        i += 2;
        switch (e) {
            case 'd' -> {
                BitSet digits = new BitSet();
                digits.set('0', '9' + 1);
                return new Starts(digits, false);
            }
            case 's' -> {
                BitSet space = new BitSet();
                for (char s : new char[]{' ', '\t', '\n', 0x0B, '\f', '\r'}) {
                    space.set(s);
                }
                return new Starts(space, false);
            }
            case 'n' -> {
                return single('\n');
            }
            case 't' -> {
                return single('\t');
            }
            case 'b', 'B' -> {
                return new Starts(new BitSet(), true);
            }
            case 'u' -> {
                if (i + 4 > p.length()) {
                    throw new Unknown();
                }
                char c = (char) Integer.parseInt(p.substring(i, i + 4), 16);
                i += 4;
                return single(c);
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new Unknown(); // \w, \p{..}, back-references and the like
                }
                return single(e);
            }
        }
    }

    private static Starts single(char c) {
        BitSet b = new BitSet();
        b.set(c);
        return new Starts(b, false);
    }
}
