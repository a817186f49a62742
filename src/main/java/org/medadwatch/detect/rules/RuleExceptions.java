package org.medadwatch.detect.rules;

import java.util.List;

/**
 * What cancels a hit: a phrase shortly before the anchor (negation: 不能保证, 严禁), shortly
 * after it (根治 followed by 术), or anywhere in the anchor's sentence. Phrases are folded.
 */
public record RuleExceptions(List<String> before, List<String> after, List<String> sentence) {
    public RuleExceptions {
        before = List.copyOf(before);
        after = List.copyOf(after);
        sentence = List.copyOf(sentence);
    }

    public static RuleExceptions none() {
        return new RuleExceptions(List.of(), List.of(), List.of());
    }
}
