package org.medadwatch.detect.match;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.medadwatch.detect.rules.Rule;

/**
 * A rule ready for verification: its position in the matcher, and the phrases it looks for
 * around an anchor hit: proximity groups, exceptions, and the text its pattern requires (one
 * of each group).
 */
record CompiledRule(Rule rule, int position, PhraseSet[] near, PhraseSet unlessBefore, PhraseSet unlessAfter,
                    PhraseSet unlessSentence, BitSet patternStarts, PatternBigrams patternBigrams,
                    PhraseSet[] required, PatternAutomaton patternAutomaton) {
    static CompiledRule of(Rule rule, int position) {
        return new CompiledRule(rule, position,
                rule.near().stream().map(PhraseSet::new).toArray(PhraseSet[]::new),
                new PhraseSet(rule.unless().before()), new PhraseSet(rule.unless().after()),
                new PhraseSet(rule.unless().sentence()),
                RuleMatcher.patternStarts(rule).orElse(null),
                rule.pattern().flatMap(p -> PatternBigrams.of(p.pattern())).orElse(null),
                requiredText(rule).stream().map(group -> new PhraseSet(List.copyOf(group))).toArray(PhraseSet[]::new),
                rule.pattern().flatMap(p -> PatternAutomaton.of(p.pattern())).orElse(null));
    }

    /** What every match of the rule's pattern contains; see {@link RequiredText}. */
    static List<Set<String>> requiredText(Rule rule) {
        return rule.pattern().map(p -> RequiredText.of(p.pattern())).orElse(List.of());
    }

    /** Whether the rule's pattern could start a match at {@code c}: always true where the starts are unknown. */
    boolean patternCanStartWith(char c) {
        return patternStarts == null || patternStarts.get(c);
    }

    /** Whether a match of the pattern could start at {@code at} and end by {@code limit}: true where unknown. */
    boolean patternCanStartAt(String text, int at, int limit) {
        return patternBigrams != null ? patternBigrams.mayStartAt(text, at, limit) : patternCanStartWith(text.charAt(at));
    }

    /**
     * Whether a match of the pattern starting at {@code at} could end past {@code minEnd} and by
     * {@code limit}: read off the pattern's automaton, true where the pattern has none.
     */
    boolean patternCanEnd(String text, int at, int limit, int minEnd) {
        return patternAutomaton == null || patternAutomaton.mayMatch(text, at, limit, minEnd);
    }
}
