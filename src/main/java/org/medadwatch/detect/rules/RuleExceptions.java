package org.medadwatch.detect.rules;

import java.util.List;

/**
 * What cancels a hit: a phrase shortly before the anchor (negation: 不能保证, 严禁), shortly
 * after it (根治 followed by 术), anywhere in the anchor's sentence, or opening the reply to a
 * question the anchor stands in ("你们能打水光吗？答：不能。"). Phrases are folded.
 */
public record RuleExceptions(List<String> before, List<String> after, List<String> sentence, List<String> answer) {
    public RuleExceptions {
        before = List.copyOf(before);
        after = List.copyOf(after);
        sentence = List.copyOf(sentence);
        answer = List.copyOf(answer);
    }

    public RuleExceptions(List<String> before, List<String> after, List<String> sentence) {
        this(before, after, sentence, List.of());
    }

    public static RuleExceptions none() {
        return new RuleExceptions(List.of(), List.of(), List.of(), List.of());
    }
}
