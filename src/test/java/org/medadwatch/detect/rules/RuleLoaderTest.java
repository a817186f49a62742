package org.medadwatch.detect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Level;

class RuleLoaderTest {
    private static final String GOOD = """
            category: CURE_GUARANTEE
            basis: 广告法第十六条
            rules:
              - id: CURE-T-001
                title: 根治不复发
                level: high
                anchors: [根治, 斷根]
                near:
                  - [不复发]
                examples:
                  hit: [根治不复发]
                  miss: [根治术]
            """;

    @Test
    void readsRuleWithFileDefaultsAndFoldedPhrases() {
        List<Rule> rules = RuleLoader.parse("good.yaml", new StringReader(GOOD));
        Rule r = rules.get(0);
        assertEquals("CURE-T-001", r.id());
        assertEquals(Category.CURE_GUARANTEE, r.category());
        assertEquals("广告法第十六条", r.basis());
        assertEquals(Level.HIGH, r.level());
        assertEquals(List.of("根治", "断根"), r.anchors(), "anchors are folded: 斷 -> 断");
        assertEquals(RuleLoader.DEFAULT_WINDOW, r.window());
        assertEquals(new RuleSource("good.yaml", 4), r.source());
    }

    @Test
    void brokenYamlNamesFileAndLine() {
        String broken = GOOD.replace("anchors: [根治, 斷根]", "anchors: [根治, 斷根");
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> RuleLoader.parse("broken.yaml", new StringReader(broken)));
        assertEquals("broken.yaml", e.file());
        assertTrue(e.line() >= 8, "line " + e.line());
    }

    @Test
    void badRegexNamesTheRuleAndItsLine() {
        String bad = GOOD.replace("    near:", "    pattern: '根治(?!术'\n    near:");
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> RuleLoader.parse("bad.yaml", new StringReader(bad)));
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("CURE-T-001: pattern does not compile"), e.getMessage());
    }

    @Test
    void unknownCategoryAndUnknownKeyAreRejected() {
        String category = GOOD.replace("category: CURE_GUARANTEE", "category: CURE_GUARANTY");
        assertTrue(assertThrows(RuleFileException.class, () -> RuleLoader.parse("c.yaml", new StringReader(category)))
                .getMessage().contains("unknown category 'CURE_GUARANTY'"));
        String key = GOOD.replace("    level: high", "    levle: high");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.parse("k.yaml", new StringReader(key)));
        assertTrue(e.getMessage().contains("unknown key 'levle'"), e.getMessage());
        assertEquals(6, e.line());
    }

    @Test
    void ruleWithoutAnchorsIsRejected() {
        String none = GOOD.replace("    anchors: [根治, 斷根]\n", "");
        assertTrue(assertThrows(RuleFileException.class, () -> RuleLoader.parse("n.yaml", new StringReader(none)))
                .getMessage().contains("no anchors"));
    }

    @Test
    void duplicateIdsAcrossFilesAreRejected(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.yaml"), GOOD, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.loadFolder(dir));
        assertTrue(e.getMessage().startsWith("b.yaml:4: duplicate rule id CURE-T-001 (first at a.yaml:4)"), e.getMessage());
    }
}
