package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseSetTest {
    @Test
    void occurrenceMustLieWhollyInsideTheBounds() {
        PhraseSet set = new PhraseSet(List.of("不能", "无法"));
        String text = "任何医院都不能保证根治";
        int at = text.indexOf("不能");
        assertTrue(set.within(text, at, at + 2));
        assertFalse(set.within(text, at, at + 1), "phrase runs past the end");
        assertFalse(set.within(text, at + 1, text.length()), "phrase starts before the start");
        assertTrue(set.occurs(text, 0, at, at + 2, at + 2));
        assertFalse(set.occurs(text, 0, at, at + 3, text.length()), "end bound excludes it");
        assertFalse(PhraseSet.EMPTY.within(text, 0, text.length()));
    }

    @Test
    void nearestPrefersTheClosestThenTheFirstListedThenTheEarlier() {
        PhraseSet set = new PhraseSet(List.of("不反弹", "不复发"));
        String text = "不复发根治不反弹";   // anchor 根治 at [3, 5)
        assertArrayEquals(new int[]{5, 8}, set.nearest(text, 0, text.length(), 3, 5), "equal distance: first listed wins");
        assertArrayEquals(new int[]{0, 3}, new PhraseSet(List.of("不复发", "不反弹")).nearest(text, 0, text.length(), 3, 5));
        assertArrayEquals(new int[]{0, 3}, new PhraseSet(List.of("不复发")).nearest("不复发根治不复发", 0, 8, 3, 5),
                "the same phrase either side at equal distance: the earlier");
        assertNull(set.nearest(text, 0, 2, 3, 5));
    }

    @Test
    void agreesWithIndexOfOnRandomText() {
        Random random = new Random(7);
        String alphabet = "治愈不复发根能无法术率%";
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            phrases.add(randomText(random, alphabet, 1 + random.nextInt(3)));
        }
        PhraseSet set = new PhraseSet(phrases);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, alphabet, 30);
            int from = random.nextInt(30);
            int to = from + random.nextInt(31 - from);
            boolean expected = phrases.stream().anyMatch(p -> {
                for (int at = text.indexOf(p, from); at >= 0 && at + p.length() <= to; at = text.indexOf(p, at + 1)) {
                    return true;
                }
                return false;
            });
            assertTrue(expected == set.within(text, from, to), () -> text + " [" + from + "," + to + ")");
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
