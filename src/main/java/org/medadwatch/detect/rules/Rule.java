package org.medadwatch.detect.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Level;

/**
 * One rule, as loaded from a rule file. Phrases (anchors, near, unless, when) are stored
 * folded, ready to compare with folded page text.
 */
public record Rule(String id, String title, Category category, String basis, Level level, RuleStatus status,
                   List<String> anchors, Optional<Pattern> pattern, List<List<String>> near, int window,
                   RuleExceptions unless, int unlessWindow, boolean skipQuoted, PageCondition when,
                   String falsePositives, RuleExamples examples, RuleSource source) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        anchors = List.copyOf(anchors);
        near = near.stream().map(List::copyOf).toList();
    }

    public enum RuleStatus { STABLE, EXPERIMENTAL }
}
