package org.medadwatch.detect.match;

/**
 * A {@link PhraseAutomaton} unfolded into one dense transition table, state by class: one
 * array read a character, the fastest plain scan there is while the table stays in cache.
 * Detection does not use it (for the shipped anchors the table takes 17 MB and verification
 * between pages evicts it); the benchmark does, as the bare scan detection is measured against.
 */
public final class DenseAutomaton {
    private final PhraseAutomaton automaton;
    private final int width;
    private final char[] table;

    private DenseAutomaton(PhraseAutomaton automaton) {
        if (automaton.stateCount() > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many states for a table of chars: " + automaton.stateCount());
        }
        this.automaton = automaton;
        this.width = automaton.classCount() + 1;
        this.table = new char[automaton.stateCount() * width];
        for (int s = 0; s < automaton.stateCount(); s++) {
            for (int cls = 1; cls < width; cls++) {
                table[s * width + cls] = (char) automaton.next(s, cls);
            }
        }
    }

    public static DenseAutomaton of(PhraseAutomaton automaton) {
        return new DenseAutomaton(automaton);
    }

    /** Counts the occurrences of every phrase in {@code text}, as {@link PhraseAutomaton#count} does. */
    public long count(String text) {
        final char[] t = table;
        final int w = width;
        long hits = 0;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int cls = automaton.classOf(text.charAt(i));
            state = cls == 0 ? 0 : t[state * w + cls];
            int[] out = automaton.outputs(state);
            if (out != null) {
                hits += out.length;
            }
        }
        return hits;
    }
}
