package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleLoader;

class RequiredTextTest {

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource(delimiterString = " => ", value = {
            "(?:治愈|有效)率[^。]{0,10}?\\d+% => [[治愈率, 有效率]]",
            "根治(?!术) => [[根治]]",
            "(?<!第)一次性?(?:根治|治愈) => [[一次性根治, 一次性治愈, 一次根治, 一次治愈]]",
            "保证[^。]{0,6}(?:不复发|不反弹) => [[保证], [不复发, 不反弹]]",
            "(?:最好|第一)|no\\.?1 => [[最好, 第一, no.1, no1]]",
            "(?:最好|第一)|[a-z]+1 => []",
            "a* => []",
            "(?i)abc => []",
            "(?:\\d+倍|[一二三]倍)于 => []",
            "\\Q颈椎病\\E|\\Q肩周炎\\E => [[颈椎病, 肩周炎]]",
    })
    void readsWhatEveryMatchContains(String regex, String clauses) {
        assertEquals(clauses, RequiredText.of(regex).toString());
    }

    /**
     * Sound on every shipped pattern: wherever the regex matches, each clause has a string inside
     * the match. Checked at every position of the rules' examples and a labelled corpus.
     */
    @Test
    void everyMatchOfEveryShippedPatternHoldsItsRequiredText() {
        List<Rule> rules = RuleLoader.loadFolder(Path.of("rules"));
        Map<Rule, List<Set<String>>> required = new HashMap<>();
        rules.forEach(r -> r.pattern().ifPresent(p -> required.put(r, RequiredText.of(p.pattern()))));
        int[] checked = {0};
        ShippedTexts.eachStart(rules, ShippedTexts.examplesAndCorpora(rules), r -> true, at -> {
            if (!at.matched()) {
                return;
            }
            String match = at.text().substring(at.start(), at.matchEnd());
            for (Set<String> clause : required.get(at.rule())) {
                assertTrue(clause.stream().anyMatch(match::contains),
                        at.rule().id() + ": match '" + match + "' lacks all of " + clause);
            }
            checked[0]++;
        });
        long rulesWithClauses = required.values().stream().filter(c -> !c.isEmpty()).count();
        assertTrue(checked[0] > 500, "matches checked: " + checked[0]);
        assertTrue(rulesWithClauses > 30, "patterns with required text: " + rulesWithClauses);
    }
}
