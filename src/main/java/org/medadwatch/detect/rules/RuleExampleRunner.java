package org.medadwatch.detect.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medadwatch.detect.match.RuleHit;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.text.TextFolder;

/**
 * Runs every rule's own examples through the compiled matcher, as Sigma and semgrep rules
 * test themselves: a {@code hit} must fire that rule, a {@code miss} must not. Known gaps
 * ({@code todo_hit}, {@code todo_miss}) are reported, and reported again once they pass.
 * Baseline lines (benign wording) must fire no rule at all.
 */
public final class RuleExampleRunner {
    private final RuleMatcher matcher;

    public RuleExampleRunner(RuleMatcher matcher) {
        this.matcher = matcher;
    }

    public record Report(int checked, List<String> failures, List<String> todos) {
        public Report {
            failures = List.copyOf(failures);
            todos = List.copyOf(todos);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public Report run(List<String> baseline) {
        List<String> failures = new ArrayList<>();
        List<String> todos = new ArrayList<>();
        int checked = 0;
        for (Rule rule : matcher.rules()) {
            for (RuleExamples.Example e : rule.examples().hit()) {
                checked++;
                if (!fires(rule, e)) {
                    failures.add(rule.source() + ": " + rule.id() + " should match: " + describe(e));
                }
            }
            for (RuleExamples.Example e : rule.examples().miss()) {
                checked++;
                if (fires(rule, e)) {
                    failures.add(rule.source() + ": " + rule.id() + " should not match: " + describe(e));
                }
            }
            for (RuleExamples.Example e : rule.examples().todoHit()) {
                todos.add(rule.id() + (fires(rule, e) ? " now matches (move to hit): " : " known gap, misses: ") + describe(e));
            }
            for (RuleExamples.Example e : rule.examples().todoMiss()) {
                todos.add(rule.id() + (fires(rule, e) ? " known gap, matches: " : " now misses (move to miss): ") + describe(e));
            }
        }
        for (String line : baseline) {
            checked++;
            for (RuleHit h : hits(line, Optional.empty())) {
                failures.add("baseline: " + h.rule().id() + " fires on benign text: " + line);
            }
        }
        return new Report(checked, failures, todos);
    }

    private boolean fires(Rule rule, RuleExamples.Example e) {
        return hits(e.text(), e.advertiser()).stream().anyMatch(h -> h.rule().id().equals(rule.id()));
    }

    private List<RuleHit> hits(String text, Optional<String> advertiser) {
        return matcher.match(TextFolder.fold(text), advertiser.map(TextFolder::foldPhrase));
    }

    private static String describe(RuleExamples.Example e) {
        return e.text() + e.advertiser().map(a -> "  (advertiser: " + a + ")").orElse("");
    }
}
