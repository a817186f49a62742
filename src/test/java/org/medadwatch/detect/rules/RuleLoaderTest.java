package org.medadwatch.detect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    /** A pharmacy selling a health food: the rule held back from medical advertisers applies to what is sold. */
    @Test
    void aConditionOnWhatIsSoldOverridesOneOnWhoSellsIt() {
        String conditioned = GOOD.replace("    near:",
                "    when:\n      advertiser_not: [药房, 医院]\n      page_any: [保健食品]\n    near:");
        PageCondition when = RuleLoader.parse("when.yaml", new StringReader(conditioned)).get(0).when();
        assertTrue(when.holds(Optional.of("康宁养生馆"), "本店理疗"), "a salon");
        assertTrue(!when.holds(Optional.of("康泰药房"), "本店新到降压药"), "a pharmacy selling a drug");
        assertTrue(when.holds(Optional.of("康泰药房"), "本店新到苦瓜铬片（保健食品）"), "a pharmacy selling a health food");
        assertTrue(!when.advertiserHolds(Optional.of("康泰药房")));
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

    private static final String SHARED = """
            lists:
              warning: [轻信, 警惕]
              body_shape: [瘦脸, 瘦腿]
            """;
    private static final String USES_SHARED = """
            category: SAFETY_ASSERTION
            basis: 广告法第十六条
            rules:
              - id: SAFE-T-001
                title: 瘦脸不反弹
                anchors: [$body_shape]
                pattern: '{{body_shape}}不反弹'
                unless:
                  sentence: [$warning, 谣言]
                examples:
                  hit: [瘦脸不反弹]
                  miss: [警惕瘦脸不反弹的说法]
            """;

    private static PhraseLists shared() {
        return PhraseLists.parseShared("lists.yaml", new StringReader(SHARED));
    }

    @Test
    void sharedListsAreUsedExactlyLikeLocalOnes() {
        Rule r = RuleLoader.parse("safe.yaml", new StringReader(USES_SHARED), shared()).get(0);
        assertEquals(List.of("瘦脸", "瘦腿"), r.anchors());
        assertEquals("(?:\\Q瘦脸\\E|\\Q瘦腿\\E)不反弹", r.pattern().orElseThrow().pattern());
        assertEquals(List.of("轻信", "警惕", "谣言"), r.unless().sentence());
        String local = USES_SHARED.replace("rules:", """
                lists:
                  warning: [轻信, 警惕]
                  body_shape: [瘦脸, 瘦腿]
                rules:""");
        Rule same = RuleLoader.parse("safe.yaml", new StringReader(local)).get(0);
        assertEquals(r.anchors(), same.anchors());
        assertEquals(r.pattern().orElseThrow().pattern(), same.pattern().orElseThrow().pattern());
        assertEquals(r.unless(), same.unless());
    }

    @Test
    void localListWithASharedNameIsAnError() {
        String shadowing = USES_SHARED.replace("rules:", "lists:\n  rival: [医院]\n  warning: [当心]\nrules:");
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> RuleLoader.parse("safe.yaml", new StringReader(shadowing), shared()));
        assertEquals("safe.yaml", e.file());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("list 'warning' shadows the shared list at lists.yaml:2"), e.getMessage());
    }

    @Test
    void unknownListNamesTheFileAndLineOfTheReference() {
        String phrase = USES_SHARED.replace("[$warning, 谣言]", "[$warnings, 谣言]");
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> RuleLoader.parse("safe.yaml", new StringReader(phrase), shared()));
        assertEquals("safe.yaml:9: '$warnings' in 'sentence' names no list 'warnings' of this file or of lists.yaml",
                e.getMessage());
        String pattern = USES_SHARED.replace("{{body_shape}}", "{{body}}");
        e = assertThrows(RuleFileException.class, () -> RuleLoader.parse("safe.yaml", new StringReader(pattern), shared()));
        assertEquals("safe.yaml:7: SAFE-T-001: pattern names no list 'body' of this file or of lists.yaml", e.getMessage());
    }

    @Test
    void withoutSharedListsASharedNameIsUnknown() {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> RuleLoader.parse("safe.yaml", new StringReader(USES_SHARED)));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("'$body_shape' in 'anchors' names no list"), e.getMessage());
    }

    @Test
    void everyFileOfAFolderSeesTheSharedLists(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lists.yaml"), SHARED, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.yaml"), USES_SHARED, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.yaml"), USES_SHARED.replace("SAFE-T-001", "SAFE-T-002"), StandardCharsets.UTF_8);
        List<Rule> rules = RuleLoader.loadFolder(dir);
        assertEquals(List.of("SAFE-T-001", "SAFE-T-002"), rules.stream().map(Rule::id).toList());
        for (Rule r : rules) {
            assertEquals(List.of("轻信", "警惕", "谣言"), r.unless().sentence(), r.id());
        }
        assertEquals(List.of(dir.resolve("a.yaml"), dir.resolve("b.yaml")), RuleLoader.ruleFiles(dir),
                "the shared lists file is no rule file");
        assertEquals(List.of(dir.resolve("lists.yaml"), dir.resolve("a.yaml"), dir.resolve("b.yaml")),
                RuleLoader.sourceFiles(dir));
        assertEquals(Optional.of(dir.resolve("lists.yaml")), RuleLoader.sharedListsFile(dir));
    }

    @Test
    void sharedListsFileIsOptional(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), GOOD, StandardCharsets.UTF_8);
        assertEquals(1, RuleLoader.loadFolder(dir).size());
        assertEquals(Optional.empty(), RuleLoader.sharedListsFile(dir));
        assertEquals(List.of(dir.resolve("a.yaml")), RuleLoader.sourceFiles(dir));
    }

    @Test
    void brokenSharedListsStopLoadingTheFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lists.yaml"), SHARED.replace("body_shape:", "body_shape: [瘦脸]\n  Body:"),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.yaml"), GOOD, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.loadFolder(dir));
        assertEquals("lists.yaml:4: list name 'Body' must be lower_case", e.getMessage());
    }

    @Test
    void aFolderWithOnlySharedListsHasNoRules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lists.yaml"), SHARED, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.loadFolder(dir));
        assertTrue(e.getMessage().endsWith("no *.yaml rule files"), e.getMessage());
    }
}
