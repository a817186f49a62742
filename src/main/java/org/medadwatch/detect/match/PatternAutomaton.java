package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's pattern as a DFA, built lazily from its {@link PatternNfa}: asked at one start, it
 * reads the text once and turns down a start from which no match can end where it must,
 * usually within two or three chars. java.util.regex backtracks through every alternative of a
 * 140-word list at every start, and through every split of a list of lists; here that costs
 * two array reads per char (its {@link CharClasses class}, then the table). The NFA
 * over-approximates the regex, so a "no" is certain and the regex is asked only after a "maybe".
 *
 * <p>The DFA's states are made as the text first needs them, as RE2 does, and kept per thread
 * (the crawler judges pages on several); past {@link #MAX_STATES} they are dropped and made
 * afresh, as they are past {@link #MAX_CELLS} table cells.
 */
final class PatternAutomaton {
    static final int MAX_STATES = 4_096;
    static final int MAX_CELLS = 1 << 19;  // 2 MB of table per pattern and thread at most

    private final Tables forward;
    private final Tables behind;   // the opening lookbehind, read leftwards; null when there is none

    private PatternAutomaton(PatternNfa forward, PatternNfa behind) {
        this.forward = new Tables(forward);
        this.behind = behind == null ? null : new Tables(behind);
    }

    static Optional<PatternAutomaton> of(String pattern) {
        return PatternNfa.of(pattern).map(nfa ->
                new PatternAutomaton(nfa, PatternNfa.openingLookbehindReversed(pattern).orElse(null)));
    }

    /**
     * Whether a match starting at {@code start} could end past {@code minEnd} and at most at
     * {@code limit}. False only when no match of the regex can.
     */
    boolean mayMatch(CharSequence text, int start, int limit, int minEnd) {
        if (behind != null && !lookbehindMayHold(text, start)) {
            return false;
        }
        Dfa d = forward.get();
        int state = Dfa.START;
        for (int k = start; k < limit; ) {
            state = d.next(state, text.charAt(k++));
            if (state == Dfa.DEAD) {
                return false;
            }
            if (state == Dfa.GAVE_UP || k > minEnd && d.accepting(state)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the opening lookbehind could hold at {@code at}: its text read leftwards from there. */
    private boolean lookbehindMayHold(CharSequence text, int at) {
        Dfa d = behind.get();
        if (d.accepting(Dfa.START)) {
            return true;
        }
        int state = Dfa.START;
        for (int k = at - 1; k >= 0; k--) {
            state = d.next(state, text.charAt(k));
            if (state == Dfa.DEAD) {
                return false;
            }
            if (state == Dfa.GAVE_UP || d.accepting(state)) {
                return true;
            }
        }
        return false;
    }

    /** One NFA's DFA tables, one per thread, made afresh when full. */
    private static final class Tables {
        private final PatternNfa nfa;
        private final ThreadLocal<Dfa> perThread;

        Tables(PatternNfa nfa) {
            this.nfa = nfa;
            this.perThread = ThreadLocal.withInitial(() -> new Dfa(nfa));
        }

        Dfa get() {
            Dfa d = perThread.get();
            if (d.full()) {
                d = new Dfa(nfa);
                perThread.set(d);
            }
            return d;
        }
    }

    /** The states and transitions one thread has made so far. */
    private static final class Dfa {
        static final int DEAD = 0;
        static final int START = 1;
        /** Returned instead of a state once the table is full: the caller must assume a match. */
        static final int GAVE_UP = -1;
        private static final int UNKNOWN = -2;

        private final PatternNfa nfa;
        private final CharClasses classes;
        private final List<int[]> members = new ArrayList<>();   // DFA state -> its NFA states that read a char
        private boolean[] accepting = new boolean[64];
        private int[][] rows = new int[64][];                    // DFA state -> char class -> DFA state
        private long cells;
        private final Map<Key, Integer> ids = new HashMap<>();
        private final int[] seen;
        private int stamp;
        private int[] stack = new int[64];
        private int[] found = new int[64];

        Dfa(PatternNfa nfa) {
            this.nfa = nfa;
            this.classes = nfa.classes();
            this.seen = new int[nfa.size()];
            intern(new int[0], false);                             // DEAD
            int n = closure(new int[]{PatternNfa.start()});
            intern(sortedFound(n), contains(found, n, nfa.accept())); // START
        }

        boolean full() {
            return members.size() >= MAX_STATES || cells >= MAX_CELLS;
        }

        boolean accepting(int state) {
            return accepting[state];
        }

        int next(int state, char c) {
            int k = classes.classOf(c);
            int[] row = rows[state];
            int to = row[k];
            if (to != UNKNOWN) {
                return to;
            }
            if (full()) {
                return GAVE_UP;
            }
            char member = classes.member(k);
            int[] from = members.get(state);
            int[] targets = new int[from.length];
            int t = 0;
            for (int s : from) {
                if (nfa.reads(s).contains(member)) {
                    targets[t++] = nfa.target(s);
                }
            }
            int n = closure(Arrays.copyOf(targets, t));
            to = n == 0 ? DEAD : intern(sortedFound(n), contains(found, n, nfa.accept()));
            row[k] = to;
            return to;
        }

        /** Follows empty edges from {@code roots}; leaves in {@code found} the states reached that read a char, or accept. */
        private int closure(int[] roots) {
            stamp++;
            int top = 0;
            int n = 0;
            for (int r : roots) {
                if (seen[r] != stamp) {
                    seen[r] = stamp;
                    stack = push(stack, top++, r);
                }
            }
            while (top > 0) {
                int s = stack[--top];
                if (nfa.reads(s) != null || s == nfa.accept()) {
                    found = push(found, n++, s);
                }
                for (int e : nfa.empties(s)) {
                    if (seen[e] != stamp) {
                        seen[e] = stamp;
                        stack = push(stack, top++, e);
                    }
                }
            }
            return n;
        }

        private int[] sortedFound(int n) {
            int[] set = Arrays.copyOf(found, n);
            Arrays.sort(set);
            return set;
        }

        private static boolean contains(int[] states, int n, int state) {
            for (int i = 0; i < n; i++) {
                if (states[i] == state) {
                    return true;
                }
            }
            return false;
        }

        private int intern(int[] set, boolean accepts) {
            Integer id = ids.get(new Key(set));
            if (id != null) {
                return id;
            }
            int next = members.size();
            // the accepting NFA state reads nothing: keep only states that read, to step from
            members.add(Arrays.stream(set).filter(s -> nfa.reads(s) != null).toArray());
            if (next == accepting.length) {
                accepting = Arrays.copyOf(accepting, next * 2);
                rows = Arrays.copyOf(rows, next * 2);
            }
            accepting[next] = accepts;
            int[] row = new int[classes.count()];
            Arrays.fill(row, UNKNOWN);
            rows[next] = row;
            cells += row.length;
            ids.put(new Key(set), next);
            return next;
        }

        private static int[] push(int[] a, int at, int v) {
            int[] out = at == a.length ? Arrays.copyOf(a, a.length * 2) : a;
            out[at] = v;
            return out;
        }
    }

    /** A set of NFA states as a map key. */
    private record Key(int[] states) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(states, k.states);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(states);
        }
    }
}
