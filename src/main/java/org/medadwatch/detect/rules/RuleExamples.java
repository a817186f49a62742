package org.medadwatch.detect.rules;

import java.util.List;

/** A rule's own examples: texts it must match, must not match, and known gaps (todo). */
public record RuleExamples(List<String> hit, List<String> miss, List<String> todoHit, List<String> todoMiss) {
    public RuleExamples {
        hit = List.copyOf(hit);
        miss = List.copyOf(miss);
        todoHit = List.copyOf(todoHit);
        todoMiss = List.copyOf(todoMiss);
    }
}
