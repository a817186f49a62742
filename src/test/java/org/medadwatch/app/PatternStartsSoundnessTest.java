package org.medadwatch.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.TextFolder;

/**
 * Verification tries a rule's regex only where its start-character set allows: for every
 * shipped pattern, every match found anywhere in the rules' own examples must start with a
 * character of that set, or the prefilter would lose hits.
 */
class PatternStartsSoundnessTest {
    @Test
    void everyMatchInTheExamplesStartsWithAnAllowedCharacter() {
        RuleBook book = RuleBook.load(Optional.of(Path.of("rules")));
        List<String> texts = new ArrayList<>(book.baseline());
        book.rules().forEach(r -> {
            r.examples().hit().forEach(e -> texts.add(TextFolder.fold(e.text()).folded()));
            r.examples().miss().forEach(e -> texts.add(TextFolder.fold(e.text()).folded()));
        });
        int checked = 0;
        for (Rule rule : book.rules()) {
            if (rule.pattern().isEmpty()) {
                continue;
            }
            var starts = RuleMatcher.patternStarts(rule);
            if (starts.isEmpty()) {
                continue;
            }
            for (String text : texts) {
                Matcher m = rule.pattern().get().matcher(text).useTransparentBounds(true);
                for (int s = 0; s < text.length(); s++) {
                    m.region(s, text.length());
                    if (m.lookingAt() && m.end() > s) {
                        checked++;
                        assertTrue(starts.get().get(text.charAt(s)),
                                rule.id() + " matches at '" + text.charAt(s) + "' in: " + text);
                    }
                }
            }
        }
        assertTrue(checked > 100, "matches checked: " + checked);
    }
}
