package org.medadwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleLoader;

class MatchBenchmarkTest {
    private static final List<Rule> RULES = RuleLoader.parse("t.yaml", new StringReader("""
            category: CURE_GUARANTEE
            basis: 广告法第十六条
            rules:
              - id: CURE-T-001
                title: 根治不复发
                anchors: [根治, 断根]
                near:
                  - [不复发]
              - id: RATE-T-001
                category: EFFICACY_RATE
                title: 治愈率数字
                anchors: [治愈率]
                pattern: '治愈率[^,，。]{0,6}?\\d+%'
            """));

    private static final List<MatchBenchmark.Page> PAGES = List.of(
            new MatchBenchmark.Page("本院根治牛皮癣不复发，治愈率高达98%。断根！", Optional.empty()),
            new MatchBenchmark.Page("新闻：某医院因宣传根治被罚款。", Optional.empty()));

    @Test
    void countsTheCandidatesThePresearchHandsOnAndTheDoubledRuleSet() {
        MatchBenchmark.Figures f = new MatchBenchmark(0, 3).run(RULES, PAGES);
        assertEquals(2, f.rules());
        assertEquals(4, f.doubledRules());
        assertEquals(3, f.anchors());
        // 根治 twice, 治愈率 once, 断根 once: one candidate each, every rule applying to every page
        assertEquals(4, f.candidates());
        assertTrue(f.doubledCandidates() >= f.candidates(), "synthetic rules only add candidates");
        long bytes = PAGES.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        assertEquals(bytes, f.textBytes());
        assertTrue(f.bareMBps() > 0 && f.detectMBps() > 0 && f.doubledMBps() > 0 && f.presearchMBps() > 0);
        assertEquals(f.detectMBps() / f.doubledMBps() - 1, f.doublingCost(), 1e-9);
    }
}
