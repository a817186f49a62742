package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.rules.RuleLoader;
import org.medadwatch.detect.text.FoldedText;
import org.medadwatch.detect.text.TextFolder;

class RuleMatcherTest {
    private static final RuleMatcher MATCHER = RuleMatcher.compile(RuleLoader.parse("t.yaml", new StringReader("""
            category: CURE_GUARANTEE
            basis: 广告法第十六条
            rules:
              - id: CURE-T-001
                title: 根治不复发
                anchors: [根治, 断根]
                pattern: '(?:根治|断根)(?!术|性)'
                near:
                  - [不复发, 不反弹]
                unless:
                  before: [不能保证, 不承诺]
                  sentence: [谨防]
              - id: RATE-T-001
                category: EFFICACY_RATE
                title: 治愈率数字
                anchors: [治愈率, 有效率]
                pattern: '(?:治愈率|有效率)[^,，。]{0,6}?\\d+(?:\\.\\d+)?%'
                quoted: skip
              - id: SALON-T-001
                category: ILLEGAL_COSMETIC_MEDICINE
                title: 美容院注射
                anchors: [玻尿酸]
                unless:
                  answer: [不能, 不做]
                when:
                  advertiser_not: [医院, 门诊部]
            """)));

    private static List<String> hits(String text) {
        return hits(text, Optional.empty());
    }

    private static List<String> hits(String text, Optional<String> advertiser) {
        FoldedText folded = TextFolder.fold(text);
        return MATCHER.match(folded, advertiser.map(TextFolder::foldPhrase)).stream()
                .map(h -> h.rule().id() + ":" + folded.originalSpan(h.start(), h.end())).toList();
    }

    @Test
    void proximityJoinsAnchorAndNearPhraseIntoTheEvidence() {
        assertEquals(List.of("CURE-T-001:根*治牛皮癣不反弹"), hits("采用中药，根*治牛皮癣不反弹。"));
    }

    @Test
    void surgicalNameIsNoPromise() {
        assertEquals(List.of(), hits("乳腺癌根治术后不复发的概率"));
    }

    @Test
    void negationBeforeTheAnchorCancelsTheHit() {
        assertEquals(List.of(), hits("任何医院都不能保证根治不复发"));
        assertEquals(List.of(), hits("谨防所谓根治不复发的广告"));
    }

    @Test
    void nearPhraseMustBeInTheSameSentence() {
        assertEquals(List.of(), hits("可以根治。很多人担心不复发"));
    }

    @Test
    void patternEvidenceSpansTheNumber() {
        assertEquals(List.of("RATE-T-001:治 愈 率 达 ９６．８％"), hits("临床治 愈 率 达 ９６．８％。"));
    }

    @Test
    void quotedHitIsSkippedWhenTheRuleSaysSo() {
        assertEquals(List.of(), hits("所谓“治愈率98%”都是数字游戏"));
        assertEquals(List.of(), hits("警惕“治愈率98%”的说法"));
    }

    @Test
    void anAdsOwnQuotationMarksAreEmphasisNotCitation() {
        assertEquals(List.of("RATE-T-001:治愈率98%"), hits("本院独家“治愈率98%”方案"));
    }

    @Test
    void pageConditionLooksAtTheAdvertiser() {
        assertEquals(List.of("SALON-T-001:玻尿酸"), hits("玻尿酸填充", Optional.of("丽人美容会所")));
        assertEquals(List.of(), hits("玻尿酸填充", Optional.of("某某医疗美容医院")));
    }

    @Test
    void questionAnsweredNoCancelsTheHit() {
        assertEquals(List.of(), hits("问：你们能打玻尿酸吗？答：不能。本店只做清洁保养"));
        assertEquals(List.of(), hits("能做玻尿酸填充吗？ 不做，请到医疗机构"));
        assertEquals(List.of("SALON-T-001:玻尿酸"), hits("问：能打玻尿酸吗？答：可以，进口正品"));
        assertEquals(List.of("SALON-T-001:玻尿酸"), hits("玻尿酸填充。不能沾水三天"));
    }

    @Test
    void answerExceptionIsOnlyForRulesThatAskForIt() {
        assertEquals(List.of("CURE-T-001:根治不复发"), hits("能根治不复发吗？不能错过的好机会"));
    }

    @Test
    void candidatesCountEveryAnchorHitOfEveryRuleThatApplies() {
        FoldedText text = TextFolder.fold("根治不复发，断根！治愈率98%，有效率高。玻尿酸");
        // 根治, 断根 (CURE), 治愈率, 有效率 (RATE), 玻尿酸 (SALON): verified or not, each is one candidate
        assertEquals(5, MATCHER.candidates(text, Optional.of(TextFolder.foldPhrase("丽人美容会所"))));
        // the salon rule does not apply to a hospital, so its anchor hit is no candidate
        assertEquals(4, MATCHER.candidates(text, Optional.of(TextFolder.foldPhrase("某某医院"))));
        assertEquals(0, MATCHER.candidates(TextFolder.fold("本院提供体检服务"), Optional.empty()));
    }

    private static List<String> rejections(String text, Optional<String> advertiser) {
        FoldedText folded = TextFolder.fold(text);
        return MATCHER.rejections(folded, advertiser.map(TextFolder::foldPhrase)).stream()
                .map(r -> r.rule().id() + ":" + r.reason() + ":" + folded.originalSpan(r.start(), r.end())).toList();
    }

    @Test
    void rejectionsNameTheCheckAndWhatItFound() {
        assertEquals(List.of("CURE-T-001:EXCEPTION_BEFORE:不能保证"), rejections("我们不能保证根治不复发", Optional.empty()));
        assertEquals(List.of("CURE-T-001:EXCEPTION_IN_SENTENCE:谨防"), rejections("谨防根治不复发的骗局", Optional.empty()));
        assertEquals(List.of("CURE-T-001:NOTHING_NEAR:可根治牛皮癣"), rejections("可根治牛皮癣", Optional.empty()),
                "the window searched in vain is what it points at");
        assertEquals(List.of("CURE-T-001:PATTERN:根治术后不复发"), rejections("根治术后不复发", Optional.empty()));
        assertEquals(List.of("RATE-T-001:QUOTED:他说“治愈率95%”"), rejections("他说“治愈率95%”", Optional.empty()));
        assertEquals(List.of("SALON-T-001:NOT_THIS_ADVERTISER:玻尿酸"), rejections("注射玻尿酸", Optional.of("某某医院")));
        assertEquals(List.of("SALON-T-001:ANSWERED_NO:不能"), rejections("能打玻尿酸吗？答：不能", Optional.empty()));
    }

    @Test
    void aRuleWithAHitIsNotExplainedAndTheHitsAreUnchanged() {
        String text = "根治不复发。我们不能保证根治不复发";
        assertEquals(List.of(), rejections(text, Optional.empty()), "the rule did match: nothing to explain");
        assertEquals(List.of("CURE-T-001:根治不复发"), hits(text));
    }
}
