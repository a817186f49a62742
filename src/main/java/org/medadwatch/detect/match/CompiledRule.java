package org.medadwatch.detect.match;

import org.medadwatch.detect.rules.Rule;

/** A rule, its position in the matcher, and its phrases replaced by their ids in the matcher's automaton. */
record CompiledRule(Rule rule, int position, int[][] near, int[] unlessBefore, int[] unlessAfter, int[] unlessSentence,
                    int[] lengths) {
    /** Length of phrase {@code id}. */
    int length(int id) {
        return lengths[id];
    }
}
