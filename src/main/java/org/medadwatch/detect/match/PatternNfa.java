package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule's pattern as a Thompson NFA over chars that matches every text the regex matches,
 * and perhaps a few more: lookarounds, anchors and word boundaries are read as always holding,
 * lazy and possessive quantifiers as greedy ones, and what {@link RegexReader} cannot tell
 * ({@code \w}, {@code \p{..}}) as any char. Each state reads one char class or only follows
 * empty edges.
 */
final class PatternNfa {
    /** Past this many states (bounded repeats of long lists multiply) the pattern gets no NFA. */
    static final int MAX_STATES = 60_000;

    private final List<CharRanges> reads = new ArrayList<>();
    private final List<Integer> targets = new ArrayList<>();
    private final List<int[]> empties = new ArrayList<>();
    private int accept;
    private CharClasses classes;

    private PatternNfa() {
    }

    /** The NFA of a java.util.regex pattern, or empty where the pattern uses something not followed. */
    static Optional<PatternNfa> of(String pattern) {
        return parse(pattern).flatMap(PatternNfa::compile);
    }

    /**
     * Where the pattern opens with a positive lookbehind, as {@code (?<=退款吗\?)}: the NFA of
     * what it looks for, read backwards, to be run leftwards from a match's start.
     */
    static Optional<PatternNfa> openingLookbehindReversed(String pattern) {
        return parse(pattern).flatMap(PatternNfa::openingLookbehind).map(b -> reversed(b.inner()))
                .flatMap(PatternNfa::compile);
    }

    private static Optional<Node> parse(String pattern) {
        return RegexReader.read(pattern, new Syntax());
    }

    private static Optional<PatternNfa> compile(Node tree) {
        PatternNfa nfa = new PatternNfa();
        int start = nfa.newState();
        try {
            nfa.accept = nfa.build(tree, start);
        } catch (TooLarge e) {
            return Optional.empty();
        }
        nfa.classes = new CharClasses(nfa.reads.stream().filter(Objects::nonNull).toList());
        // a class id is stored as a char
        return nfa.classes.count() <= Character.MAX_VALUE ? Optional.of(nfa) : Optional.empty();
    }

    private static Optional<Behind> openingLookbehind(Node tree) {
        Node first = tree;
        while (first instanceof Seq s) {
            first = s.first();
        }
        return first instanceof Behind b ? Optional.of(b) : Optional.empty();
    }

    /** What matches the reverse of each text {@code node} matches. */
    private static Node reversed(Node node) {
        if (node instanceof Seq s) {
            return new Seq(reversed(s.then()), reversed(s.first()));
        }
        if (node instanceof Alt a) {
            return new Alt(a.options().stream().map(PatternNfa::reversed).toList());
        }
        if (node instanceof Rep r) {
            return new Rep(reversed(r.atom()), r.min(), r.max());
        }
        return node instanceof Behind ? Empty.INSTANCE : node;
    }

    /** The classes of chars no state of this NFA tells apart. */
    CharClasses classes() {
        return classes;
    }

    int size() {
        return reads.size();
    }

    static int start() {
        return 0;
    }

    int accept() {
        return accept;
    }

    /** The chars state {@code s} reads on its one edge, or null when it has only empty edges. */
    CharRanges reads(int s) {
        return reads.get(s);
    }

    /** Where state {@code s}'s char edge leads. */
    int target(int s) {
        return targets.get(s);
    }

    int[] empties(int s) {
        return empties.get(s);
    }

    private int newState() {
        if (reads.size() >= MAX_STATES) {
            throw new TooLarge();
        }
        reads.add(null);
        targets.add(-1);
        empties.add(NONE);
        return reads.size() - 1;
    }

    private void empty(int from, int to) {
        int[] old = empties.get(from);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = to;
        empties.set(from, grown);
    }

    /** Adds {@code node} after state {@code in}; returns the state its matches end in. */
    private int build(Node node, int in) {
        if (node instanceof Chars c) {
            int reader = newState();
            int out = newState();
            empty(in, reader);
            reads.set(reader, c.set());
            targets.set(reader, out);
            return out;
        }
        if (node instanceof Seq s) {
            return build(s.then(), build(s.first(), in));
        }
        if (node instanceof Alt a) {
            int out = newState();
            for (Node option : a.options()) {
                int begin = newState();
                empty(in, begin);
                empty(build(option, begin), out);
            }
            return out;
        }
        if (node instanceof Rep r) {
            return repeat(r, in);
        }
        return in; // Empty, or a lookbehind: read as holding
    }

    private int repeat(Rep r, int in) {
        int at = in;
        for (int k = 0; k < r.min(); k++) {
            at = build(r.atom(), at);
        }
        if (r.max() == Integer.MAX_VALUE) {
            int loop = newState();
            empty(at, loop);
            empty(build(r.atom(), loop), loop);
            return loop;
        }
        int out = newState();
        empty(at, out);
        for (int k = r.min(); k < r.max(); k++) {
            at = build(r.atom(), at);
            empty(at, out);
        }
        return out;
    }

    private static final int[] NONE = new int[0];

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** The pattern's parse tree, as {@link RegexReader} reads it. */
    private sealed interface Node permits Empty, Chars, Seq, Alt, Rep, Behind {
    }

    /** A positive lookbehind: matches no text of its own. */
    private record Behind(Node inner) implements Node {
    }

    private enum Empty implements Node { INSTANCE }

    private record Chars(CharRanges set) implements Node {
    }

    private record Seq(Node first, Node then) implements Node {
    }

    private record Alt(List<Node> options) implements Node {
    }

    private record Rep(Node atom, int min, int max) implements Node {
    }

    private static final class Syntax implements RegexReader.Algebra<Node> {
        @Override
        public Node literal(char c) {
            return new Chars(CharRanges.of(c));
        }

        @Override
        public Node charClass(BitSet members) {
            return new Chars(members == null ? CharRanges.ANY : CharRanges.of(members));
        }

        @Override
        public Node allBut(BitSet excluded) {
            return new Chars(CharRanges.allBut(excluded));
        }

        @Override
        public Node zeroWidth() {
            return Empty.INSTANCE;
        }

        @Override
        public Node lookbehind(Node inner) {
            return new Behind(inner);
        }

        @Override
        public Node concat(Node first, Node then) {
            return first == Empty.INSTANCE ? then : then == Empty.INSTANCE ? first : new Seq(first, then);
        }

        @Override
        public Node alternatives(List<Node> options) {
            return new Alt(List.copyOf(options));
        }

        @Override
        public Node repeat(Node atom, int min, int max) {
            return new Rep(atom, min, max);
        }
    }
}
