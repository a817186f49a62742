package org.medadwatch.detect.match;

import java.util.BitSet;
import org.medadwatch.detect.rules.Rule;

/**
 * A rule, its position in the matcher, and its phrases replaced by their ids in the matcher's
 * automaton: proximity groups, exceptions, and the text its pattern requires (one of each group).
 */
record CompiledRule(Rule rule, int position, int[][] near, int[] unlessBefore, int[] unlessAfter, int[] unlessSentence,
                    int[] lengths, BitSet patternStarts, int[][] required) {
    /** Whether the rule's pattern could start a match at {@code c}: always true where the starts are unknown. */
    boolean patternCanStartWith(char c) {
        return patternStarts == null || patternStarts.get(c);
    }

    /** Length of phrase {@code id}. */
    int length(int id) {
        return lengths[id];
    }
}
