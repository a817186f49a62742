package org.medadwatch.detect.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks over a loaded rule set that the loader does not make: every rule carries examples
 * both ways, and no anchor is so short that it would make every page a candidate.
 */
public final class RuleLint {
    private RuleLint() {
    }

    /** Problems, each naming the rule and where it is written; empty when the set is clean. */
    public static List<String> check(List<Rule> rules) {
        List<String> problems = new ArrayList<>();
        for (Rule r : rules) {
            if (r.examples().hit().isEmpty()) {
                problems.add(r.source() + ": " + r.id() + ": no 'hit' examples");
            }
            if (r.examples().miss().isEmpty()) {
                problems.add(r.source() + ": " + r.id() + ": no 'miss' examples");
            }
            for (String a : r.anchors()) {
                if (a.length() < 2) {
                    problems.add(r.source() + ": " + r.id() + ": anchor '" + a + "' is shorter than 2 characters");
                }
            }
            if (r.title().equals(r.id())) {
                problems.add(r.source() + ": " + r.id() + ": no title");
            }
        }
        return problems;
    }
}
