package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        List<String> texts = ShippedTexts.examplesAndCorpora(rules);
        int checked = 0;
        int filtered = 0;
        for (Rule rule : rules) {
            if (rule.pattern().isEmpty()) {
                continue;
            }
            Pattern pattern = rule.pattern().get();
            var bigrams = PatternBigrams.of(pattern.pattern());
            if (bigrams.isEmpty()) {
                continue;
            }
            filtered++;
            for (String text : texts) {
                Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int s = 0; s < text.length(); s++) {
                    m.region(s, Math.min(text.length(), s + 48));
                    if (m.lookingAt() && m.end() > s) {
                        checked++;
                        assertTrue(bigrams.get().mayStartAt(text, s, m.end()),
                                rule.id() + ": match '" + text.substring(s, m.end()) + "' not let through");
                    }
                }
            }
        }
        assertTrue(checked > 500, "matches checked: " + checked);
        assertTrue(filtered > 100, "patterns with a filter: " + filtered);
    }
}
