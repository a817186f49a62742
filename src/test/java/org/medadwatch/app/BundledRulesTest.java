package org.medadwatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleExampleRunner;
import org.medadwatch.detect.rules.RuleLint;

/** The shipped rule files: clean lint, every example passes, no benign baseline line fires. */
class BundledRulesTest {
    private static final RuleBook BOOK = RuleBook.load(Optional.of(Path.of("rules")));

    @Test
    void lintIsClean() {
        assertEquals(java.util.List.of(), RuleLint.check(BOOK.rules()));
    }

    @Test
    void everyExampleAndBaselineLinePasses() {
        RuleExampleRunner.Report report = new RuleExampleRunner(RuleMatcher.compile(BOOK.rules())).run(BOOK.baseline());
        assertEquals(java.util.List.of(), report.failures());
        assertTrue(report.checked() > 6 * BOOK.rules().size(), "checked " + report.checked());
        assertTrue(BOOK.baseline().size() >= 100, "baseline lines: " + BOOK.baseline().size());
    }

    @Test
    void everyCategoryButUnapprovedHasRules() {
        Set<Category> covered = BOOK.rules().stream().map(Rule::category).collect(Collectors.toSet());
        Set<Category> expected = EnumSet.allOf(Category.class);
        expected.remove(Category.UNAPPROVED_AD);
        assertEquals(expected, covered);
    }
}
