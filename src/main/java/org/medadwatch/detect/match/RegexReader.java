package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text of a {@code java.util.regex} pattern and folds it into a summary of what its
 * matches can be, through an {@link Algebra}: the characters a match can start with
 * ({@link PatternStarts}), the literal text every match contains ({@link RequiredText}).
 * Follows literals, classes, groups, lookarounds, alternation and quantifiers; anything else
 * (flags, back-references, named or atomic groups, nested classes) gives no summary at all.
 */
final class RegexReader<T> {
    /** How the pieces of a pattern combine into a summary. */
    interface Algebra<T> {
        T literal(char c);

        /** A character class, or null where its members cannot be told (negated, '.', \w, \p{..}). */
        T charClass(BitSet members);

        /** Every character but {@code excluded}: a negated class, or '.'. Unknown members unless told otherwise. */
        default T allBut(BitSet excluded) {
            return charClass(null);
        }

        /** Something that matches no text: an anchor, a lookaround, a word boundary. */
        T zeroWidth();

        /** A positive lookbehind: zero-width, but {@code inner} must end where it stands. */
        default T lookbehind(T inner) {
            return zeroWidth();
        }

        T concat(T first, T then);

        T alternatives(List<T> options);

        T repeat(T atom, int min, int max);
    }

    /** Thrown on any construct this reader does not follow; an algebra may throw it too. */
    static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private final String p;
    private final Algebra<T> algebra;
    private int i;

    private RegexReader(String pattern, Algebra<T> algebra) {
        this.p = pattern;
        this.algebra = algebra;
    }

    /** The summary of the whole pattern, or empty when it uses something this reader does not follow. */
    static <T> Optional<T> read(String pattern, Algebra<T> algebra) {
        try {
            RegexReader<T> reader = new RegexReader<>(pattern, algebra);
            T summary = reader.alternation();
            return reader.i == pattern.length() ? Optional.of(summary) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // Unknown, or a malformed piece such as a bad \\u escape
        }
    }

    private T alternation() {
        List<T> options = new ArrayList<>();
        options.add(sequence());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : algebra.alternatives(options);
    }

    private T sequence() {
        T acc = algebra.zeroWidth();
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            acc = algebra.concat(acc, quantified(atom()));
        }
        return acc;
    }

    private T quantified(T atom) {
        if (i >= p.length()) {
            return atom;
        }
        char c = p.charAt(i);
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
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
            String[] bounds = body.split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            i = close + 1;
        } else {
            return atom;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++; // lazy or possessive: the same matches
        }
        return algebra.repeat(atom, min, max);
    }

    private T atom() {
        char c = p.charAt(i);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return bracket();
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$' -> {
                i++;
                return algebra.zeroWidth();
            }
            case '.' -> {
                i++;
                return algebra.allBut((BitSet) LINE_ENDS.clone());
            }
            case '*', '+', '?', '{', '}', ']' -> throw new Unknown();
            default -> {
                i++;
                return algebra.literal(c);
            }
        }
    }

    private T group() {
        i++; // (
        boolean zeroWidth = false;
        boolean behind = false;
        boolean negative = false;
        if (p.startsWith("?:", i)) {
            i += 2;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            negative = p.charAt(i + 1) == '!';
            i += 2;
            zeroWidth = true;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            negative = p.charAt(i + 2) == '!';
            i += 3;
            zeroWidth = true;
            behind = true;
        } else if (i < p.length() && p.charAt(i) == '?') {
            throw new Unknown(); // flags, named groups, atomic groups
        }
        T inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new Unknown();
        }
        i++;
        if (behind && !negative) {
            return algebra.lookbehind(inner);
        }
        return zeroWidth ? algebra.zeroWidth() : inner;
    }

    /** The class opening here, with its members where they can be told. */
    private T bracket() {
        i++; // [
        boolean negated = i < p.length() && p.charAt(i) == '^';
        if (negated) {
            i++;
        }
        BitSet set = new BitSet();
        boolean known = true;
        boolean first = true;
        while (i < p.length() && (p.charAt(i) != ']' || first)) {
            first = false;
            int from = classMember(set);
            if (from == UNKNOWN_MEMBER) {
                known = false;
            } else if (from >= 0 && i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i++;
                int to = classMember(set);
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
        if (!known) {
            return algebra.charClass(null);
        }
        return negated ? algebra.allBut(set) : algebra.charClass(set);
    }

    private static final int SHORTHAND_MEMBER = -1;
    private static final int UNKNOWN_MEMBER = -2;

    /** One class member: a char (returned), a shorthand such as \d (added to set), or an unknown one. */
    private int classMember(BitSet set) {
        char c = p.charAt(i);
        if (c == '[' || c == '&') {
            throw new Unknown(); // nested classes, intersections
        }
        if (c != '\\') {
            i++;
            return c;
        }
        if (i + 1 >= p.length()) {
            throw new Unknown();
        }
        char e = p.charAt(i + 1);
        switch (e) {
            case 'd', 's' -> {
                i += 2;
                set.or(e == 'd' ? DIGITS : SPACES);
                return SHORTHAND_MEMBER;
            }
            case 'n', 't' -> {
                i += 2;
                return e == 'n' ? '\n' : '\t';
            }
            case 'u' -> {
                return unicodeEscape();
            }
            default -> {
                i += 2;
                if (Character.isLetterOrDigit(e)) {
                    skipProperty(e);
                    return UNKNOWN_MEMBER; // \w, \p{..} and the like
                }
                return e;
            }
        }
    }

    private void skipProperty(char e) {
        if ((e == 'p' || e == 'P') && i < p.length() && p.charAt(i) == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
                throw new Unknown();
            }
            i = close + 1;
        }
    }

    private T escape() {
        if (i + 1 >= p.length()) {
            throw new Unknown();
        }
        char e = p.charAt(i + 1);
        switch (e) {
            case 'd', 's' -> {
                i += 2;
                return algebra.charClass((BitSet) (e == 'd' ? DIGITS : SPACES).clone());
            }
            case 'D', 'S' -> {
                i += 2;
                return algebra.allBut((BitSet) (e == 'D' ? DIGITS : SPACES).clone());
            }
            case 'w', 'W' -> {
                i += 2;
                return algebra.charClass(null);
            }
            case 'n', 't' -> {
                i += 2;
                return algebra.literal(e == 'n' ? '\n' : '\t');
            }
            case 'b', 'B' -> {
                i += 2;
                return algebra.zeroWidth();
            }
            case 'Q' -> {
                return quoted();
            }
            case 'u' -> {
                return algebra.literal((char) unicodeEscape());
            }
            default -> {
                i += 2;
                if (Character.isLetterOrDigit(e)) {
                    throw new Unknown(); // \p{..}, back-references and the like
                }
                return algebra.literal(e);
            }
        }
    }

    /** A {@code \\Q...\\E} quotation at {@code i} (how rule-file word lists are spliced in): its text, literally. */
    private T quoted() {
        int end = p.indexOf("\\E", i + 2);
        String text = p.substring(i + 2, end < 0 ? p.length() : end);
        i = end < 0 ? p.length() : end + 2;
        T acc = algebra.zeroWidth();
        for (int k = 0; k < text.length(); k++) {
            acc = algebra.concat(acc, algebra.literal(text.charAt(k)));
        }
        return acc;
    }

    /** A \\uXXXX escape at {@code i}; returns its char. */
    private int unicodeEscape() {
        if (i + 6 > p.length()) {
            throw new Unknown();
        }
        char c = (char) Integer.parseInt(p.substring(i + 2, i + 6), 16);
        i += 6;
        return c;
    }

    private static final BitSet DIGITS = new BitSet();
    private static final BitSet SPACES = new BitSet();
    /** What '.' does not match without DOTALL. */
    private static final BitSet LINE_ENDS = new BitSet();

    static {
        for (char c : new char[]{'\n', '\r', '\u0085', '\u2028', '\u2029'}) {
            LINE_ENDS.set(c);
        }
        DIGITS.set('0', '9' + 1);
        for (char s : new char[]{' ', '\t', '\n', 0x0B, '\f', '\r'}) {
            SPACES.set(s);
        }
    }
}
