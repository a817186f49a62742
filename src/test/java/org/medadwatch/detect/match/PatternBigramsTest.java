package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleLoader;

class PatternBigramsTest {
    @ParameterizedTest(name = "{0} at the start of {1}: {2}")
    @CsvSource({
            "(?:高血压|糖尿病)能治, 高血压能治, true",
            "(?:高血压|糖尿病)能治, 高兴地说, false",
            "(?:高血压|糖尿病)能治, 糖果, false",
            "\\Q颈椎病\\E|\\Q肩周炎\\E, 颈椎病, true",
            "\\Q颈椎病\\E|\\Q肩周炎\\E, 颈部, false",
            "(?<!不)根治, 根治, true",
            "(?:专门)?针对, 针对, true",
            "(?:专门)?针对, 专门针对, true",
            "(?:专门)?针对, 专业, false",
            "治愈率\\d+%, 治愈率98%, true",
            "a?b*c, c, true",
            "a?b*c, bbc, true",
            "a?b*c, ad, false",
    })
    void opensOnlyWhereAMatchCanOpen(String regex, String text, boolean expected) {
        PatternBigrams bigrams = PatternBigrams.of(regex).orElseThrow();
        assertEquals(expected, bigrams.mayStartAt(text, 0, text.length()));
    }

    @Test
    void aTwoCharacterOpeningNeedsRoomForTwoCharacters() {
        PatternBigrams bigrams = PatternBigrams.of("根治|根").orElseThrow();
        assertTrue(bigrams.mayStartAt("根治", 0, 1), "根 alone is a match");
        assertEquals(false, PatternBigrams.of("根治").orElseThrow().mayStartAt("根治", 0, 1));
    }

    @Test
    void unreadablePatternsGiveNoFilter() {
        assertTrue(PatternBigrams.of("(?i)abc").isEmpty());
        assertTrue(PatternBigrams.of("[一-龥]+").isEmpty(), "twenty thousand first characters are not worth a table");
    }

    /**
     * Sound on every shipped pattern: wherever the regex matches, the filter lets that start
     * through, with the region ending where the match ends.
     */
    @Test
    void everyMatchOfEveryShippedPatternOpensWithAnAllowedPair() {
        List<Rule> rules = RuleLoader.loadFolder(Path.of("rules"));
        Map<Rule, PatternBigrams> filters = new HashMap<>();
        rules.forEach(r -> r.pattern().flatMap(p -> PatternBigrams.of(p.pattern())).ifPresent(b -> filters.put(r, b)));
        int[] checked = {0};
        ShippedTexts.eachStart(rules, ShippedTexts.examplesAndCorpora(rules), filters::containsKey, at -> {
            if (at.matched()) {
                checked[0]++;
                assertTrue(filters.get(at.rule()).mayStartAt(at.text(), at.start(), at.matchEnd()),
                        at.rule().id() + ": match '" + at.text().substring(at.start(), at.matchEnd()) + "' not let through");
            }
        });
        assertTrue(checked[0] > 500, "matches checked: " + checked[0]);
        assertTrue(filters.size() > 100, "patterns with a filter: " + filters.size());
    }
}
