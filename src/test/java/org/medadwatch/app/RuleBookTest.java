package org.medadwatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.rules.RulesFingerprint;

/** The rule set's fingerprint covers every file the rules are read from, the shared lists included. */
class RuleBookTest {
    private static final String LISTS = """
            lists:
              warning: [轻信, 警惕]
            """;
    private static final String RULES = """
            category: CURE_GUARANTEE
            basis: 广告法第十六条
            rules:
              - id: CURE-T-001
                title: 根治
                anchors: [根治]
                unless:
                  sentence: [$warning]
            """;

    private static RulesFingerprint fingerprint(Path dir) {
        return RuleBook.load(Optional.of(dir)).fingerprint("test");
    }

    @Test
    void changingTheSharedListsChangesTheFingerprint(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lists.yaml"), LISTS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cure.yaml"), RULES, StandardCharsets.UTF_8);
        RuleBook book = RuleBook.load(Optional.of(dir));
        assertEquals(List.of("cure.yaml", "lists.yaml"), List.copyOf(book.files().keySet()));
        assertEquals(List.of("轻信", "警惕"), book.rules().get(0).unless().sentence());
        RulesFingerprint before = book.fingerprint("test");
        assertEquals(before, fingerprint(dir), "same files, same fingerprint");

        Files.writeString(dir.resolve("lists.yaml"), LISTS.replace("警惕]", "警惕, 谨防]"), StandardCharsets.UTF_8);
        RulesFingerprint after = fingerprint(dir);
        assertNotEquals(before, after, "a word added to a shared list re-judges pages");
        assertEquals(List.of("轻信", "警惕", "谨防"), RuleBook.load(Optional.of(dir)).rules().get(0).unless().sentence());

        Files.writeString(dir.resolve("lists.yaml"), LISTS, StandardCharsets.UTF_8);
        assertEquals(before, fingerprint(dir), "back as it was, back to the old fingerprint");
    }

    @Test
    void theBundledRulesFingerprintHoldsTheSharedLists() {
        RuleBook book = RuleBook.load(Optional.of(Path.of("rules")));
        assertTrue(book.files().containsKey("lists.yaml"), book.files().keySet().toString());
        assertTrue(book.files().containsKey("cure_guarantee.yaml"), book.files().keySet().toString());
    }
}
