package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {

    @Test
    void findsOverlappingAndNestedPhrases() {
        PhraseAutomaton a = PhraseAutomaton.build(List.of("根治", "治愈", "根治不复发", "不复发"));
        Set<String> hits = new TreeSet<>();
        a.scan("可根治不复发治愈", (p, end) -> hits.add(p + "@" + end));
        assertEquals(Set.of("0@3", "2@6", "3@6", "1@8"), hits);
    }

    /** The automaton is the presearch: it must find exactly what a plain indexOf per phrase finds. */
    @Test
    void agreesWithIndexOfOnRandomText() {
        agreesWithIndexOf(new Random(42), "根治愈不复发率达%1一次", 60, 4);
    }

    /**
     * More classes than the 64 bits of a state's edge mask, and states with more edges than are
     * searched one by one: both ways of finding a state's own edge, and the mask's aliasing.
     */
    @Test
    void agreesWithIndexOfOverAWideAlphabet() {
        StringBuilder wide = new StringBuilder();
        for (char c = '一'; c < '一' + 150; c++) {
            wide.append(c);
        }
        agreesWithIndexOf(new Random(7), wide.toString(), 2_000, 3);
    }

    @Test
    void denseTableCountsWhatTheAutomatonFinds() {
        Random random = new Random(3);
        String alphabet = "根治愈不复发率达%1一次医院专家";
        List<String> phrases = new ArrayList<>(new java.util.LinkedHashSet<>(
                java.util.stream.IntStream.range(0, 80).mapToObj(i -> randomText(random, alphabet, 1 + random.nextInt(5))).toList()));
        PhraseAutomaton a = PhraseAutomaton.build(phrases);
        DenseAutomaton dense = DenseAutomaton.of(a);
        for (int round = 0; round < 20; round++) {
            String text = randomText(random, alphabet + "xyz", 500);
            assertEquals(a.count(text), dense.count(text), "text " + text);
        }
    }

    private static void agreesWithIndexOf(Random random, String alphabet, int phraseCount, int longest) {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < phraseCount; i++) {
            phrases.add(randomText(random, alphabet, 1 + random.nextInt(longest)));
        }
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(phrases));
        PhraseAutomaton a = PhraseAutomaton.build(distinct);
        for (int round = 0; round < 50; round++) {
            String text = randomText(random, alphabet + "xyz", 300);
            Set<String> expected = new TreeSet<>();
            for (int p = 0; p < distinct.size(); p++) {
                for (int at = text.indexOf(distinct.get(p)); at >= 0; at = text.indexOf(distinct.get(p), at + 1)) {
                    expected.add(p + "@" + (at + distinct.get(p).length()));
                }
            }
            Set<String> actual = new TreeSet<>();
            a.scan(text, (p, end) -> actual.add(p + "@" + end));
            assertEquals(expected, actual, "text " + text);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
