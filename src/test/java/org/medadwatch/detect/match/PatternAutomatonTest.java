package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleLoader;

class PatternAutomatonTest {
    @ParameterizedTest(name = "{0} from the start of {1}: {2}")
    @CsvSource(delimiterString = " -> ", value = {
            "(?:高血压|糖尿病)能治 -> 高血压能治好 -> true",
            "(?:高血压|糖尿病)能治 -> 高血压不能治 -> false",
            "(?:高血压|糖尿病)能治 -> 糖果 -> false",
            "\\Q颈椎病\\E|\\Q肩周炎\\E -> 肩周炎 -> true",
            // a lookbehind is read as holding: the regex itself turns 不根治 down
            "(?<!不)根治 -> 根治 -> true",
            "治愈率\\d+% -> 治愈率98% -> true",
            "治愈率\\d+% -> 治愈率高 -> false",
            "[^。，]{0,4}根治 -> 三个月根治 -> true",
            "[^。，]{0,4}根治 -> 三个，根治 -> false",
            "[^。，]{0,4}根治 -> 五六七八九根治 -> false",
            "\\D{2}好了 -> 三天好了 -> true",
            "\\D{2}好了 -> 3天好了 -> false",
            "(?:[、和][一-龥]{1,3}?){0,2}都能治 -> 、湿疹和鼻炎都能治 -> true",
            "(?:[、和][一-龥]{1,3}?){0,2}都能治 -> 、湿疹、鼻炎、咽炎都能治 -> false",
            "a.c -> abc -> true",
            "'a.c' -> 'a\nc' -> false",
            "(?:ab)+c -> ababc -> true",
            "(?:ab)+c -> abac -> false",
    })
    void turnsDownOnlyStartsWithNoMatch(String regex, String text, boolean expected) {
        PatternAutomaton automaton = PatternAutomaton.of(regex).orElseThrow();
        assertEquals(expected, automaton.mayMatch(text, 0, text.length(), 0));
        assertEquals(expected, Pattern.compile(regex).matcher(text).lookingAt(), "the regex agrees");
    }

    @Test
    void aMatchMustEndPastTheGivenPositionAndByTheLimit() {
        PatternAutomaton automaton = PatternAutomaton.of("根治(?:不复发)?").orElseThrow();
        String text = "根治不复发";
        assertTrue(automaton.mayMatch(text, 0, 5, 4), "根治不复发 ends at 5");
        assertFalse(automaton.mayMatch(text, 0, 4, 2), "by 4 only 根治 can end, at 2");
        assertTrue(automaton.mayMatch(text, 0, 4, 1));
    }

    @Test
    void anOpeningLookbehindIsReadLeftwardsFromTheStart() {
        PatternAutomaton automaton = PatternAutomaton.of("(?<=(?:无效|没效果)(?:怎么办|咋办)\\?答:)[^。]{0,4}退款").orElseThrow();
        String asked = "没效果咋办?答:全额退款";
        String told = "付款后答:全额退款";
        assertTrue(automaton.mayMatch(asked, 8, asked.length(), 8));
        assertFalse(automaton.mayMatch(told, 5, told.length(), 5), "nothing before the start is what the lookbehind needs");
        assertFalse(automaton.mayMatch(asked, 9, asked.length(), 9), "the lookbehind must end at the start, not before it");
    }

    @Test
    void unreadableOrHugePatternsGetNoAutomaton() {
        assertTrue(PatternAutomaton.of("(?i)abc").isEmpty());
        assertTrue(PatternAutomaton.of("(?:[一-龥]{1,30}){1,3000}").isEmpty(), "past the NFA's size limit");
    }

    @Test
    void aFullTableStartsAfreshAndStillAnswers() {
        // a pattern whose DFA has more states than the table holds: (a|b)*a(a|b){12}
        PatternAutomaton automaton = PatternAutomaton.of("[ab]*a[ab]{12}c").orElseThrow();
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append(random.nextBoolean() ? 'a' : 'b');
            }
            String t = text.append('c').toString();
            boolean regex = Pattern.compile("[ab]*a[ab]{12}c").matcher(t).lookingAt();
            if (regex) {
                assertTrue(automaton.mayMatch(t, 0, t.length(), 0), t);
            }
        }
        assertFalse(automaton.mayMatch("bbbbbbbbbbbbbbbbbbbbc", 0, 21, 0));
    }

    @Test
    void threadsEachBuildTheirOwnTable() throws Exception {
        PatternAutomaton automaton = PatternAutomaton.of("(?:高血压|糖尿病|冠心病)[^。]{0,6}(?:治好|根治)").orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    int yes = 0;
                    for (int i = 0; i < 20_000; i++) {
                        yes += automaton.mayMatch("糖尿病三个月治好", 0, 8, 0) ? 1 : 0;
                        yes += automaton.mayMatch("糖尿病患者饮食。治好", 0, 10, 0) ? 1 : 0;
                    }
                    return yes;
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(20_000, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Sound on every shipped pattern: wherever the regex matches, the automaton says a match
     * may end there. Its "no" is what lets verification skip the regex.
     */
    @Test
    void everyMatchOfEveryShippedPatternIsLetThrough() {
        List<Rule> rules = RuleLoader.loadFolder(Path.of("rules"));
        Map<Rule, PatternAutomaton> automata = new HashMap<>();
        rules.forEach(r -> r.pattern().flatMap(p -> PatternAutomaton.of(p.pattern())).ifPresent(a -> automata.put(r, a)));
        long[] checked = {0};
        long[] turnedDown = {0};
        ShippedTexts.eachStart(rules, ShippedTexts.examplesAndCorpora(rules), automata::containsKey, at -> {
            PatternAutomaton automaton = automata.get(at.rule());
            if (at.matched()) {
                checked[0]++;
                assertTrue(automaton.mayMatch(at.text(), at.start(), at.matchEnd(), at.matchEnd() - 1),
                        at.rule().id() + ": match '" + at.text().substring(at.start(), at.matchEnd()) + "' turned down");
            } else if (!automaton.mayMatch(at.text(), at.start(), at.limit(), at.start())) {
                turnedDown[0]++;
            }
        });
        assertTrue(checked[0] > 500, "matches checked: " + checked[0]);
        assertTrue(automata.size() > 150, "patterns with an automaton: " + automata.size());
        assertTrue(turnedDown[0] > 1_000_000, "starts turned down: " + turnedDown[0]);
    }
}
