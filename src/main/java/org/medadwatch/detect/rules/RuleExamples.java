package org.medadwatch.detect.rules;

import java.util.List;
import java.util.Optional;

/** A rule's own examples: texts it must match, must not match, and known gaps (todo). */
public record RuleExamples(List<Example> hit, List<Example> miss, List<Example> todoHit, List<Example> todoMiss) {
    public RuleExamples {
        hit = List.copyOf(hit);
        miss = List.copyOf(miss);
        todoHit = List.copyOf(todoHit);
        todoMiss = List.copyOf(todoMiss);
    }

    public static RuleExamples none() {
        return new RuleExamples(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * One example text, and the advertiser of the page it stands on where the rule's
     * {@code when} condition needs one ("a hospital saying this is no finding").
     */
    public record Example(String text, Optional<String> advertiser) {
    }
}
