package org.medadwatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.match.RuleHit;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.FoldedText;
import org.medadwatch.detect.text.TextFolder;

/** The one-pass presearch must find exactly what checking every rule's anchors one by one finds. */
class PresearchContractTest {
    private static final RuleBook BOOK = RuleBook.load(Optional.of(Path.of("rules")));
    private static final RuleMatcher MATCHER = RuleMatcher.compile(BOOK.rules());

    @Test
    void presearchAgreesWithCheckingEveryRuleOnTheRulesOwnExamples() {
        List<String> texts = new ArrayList<>(BOOK.baseline());
        for (Rule r : BOOK.rules()) {
            texts.addAll(r.examples().hit());
            texts.addAll(r.examples().miss());
        }
        int hits = 0;
        for (String t : texts) {
            hits += assertSame(t);
        }
        assertTrue(hits > BOOK.rules().size(), "hits " + hits);
    }

    @Test
    void presearchAgreesOnExamplesShuffledTogether() {
        List<String> sentences = new ArrayList<>();
        BOOK.rules().forEach(r -> sentences.addAll(r.examples().hit()));
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder page = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                page.append(sentences.get(random.nextInt(sentences.size()))).append(random.nextBoolean() ? "，" : "。");
            }
            assertSame(page.toString());
        }
    }

    private static int assertSame(String text) {
        FoldedText folded = TextFolder.fold(text);
        List<RuleHit> fast = MATCHER.match(folded, Optional.empty());
        List<RuleHit> slow = MATCHER.matchWithoutPresearch(folded, Optional.empty());
        assertEquals(describe(slow), describe(fast), text);
        return fast.size();
    }

    private static List<String> describe(List<RuleHit> hits) {
        return hits.stream().map(h -> h.rule().id() + "@" + h.start() + "-" + h.end()).sorted().toList();
    }
}
