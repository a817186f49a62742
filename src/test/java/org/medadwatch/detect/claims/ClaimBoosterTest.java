package org.medadwatch.detect.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.Finding;
import org.medadwatch.detect.Level;
import org.medadwatch.detect.Verdict;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.RuleLoader;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;
import org.medadwatch.page.PageSignal;

class ClaimBoosterTest {
    static final Path TRAINING_FILE = ClaimsTrainingGenerator.OUT;

    static ClaimModel shipped;
    static RuleMatcher matcher;
    static AdJudge judge;

    @BeforeAll
    static void load() throws IOException {
        shipped = ClaimBooster.standard().model();
        matcher = RuleMatcher.compile(RuleLoader.loadFolder(Path.of("rules")));
        judge = AdJudge.standard();
    }

    /** A booster that reports every category's best sentence: shows where it may add findings. */
    static ClaimBooster eager() {
        Map<Category, Double> all = new EnumMap<>(Category.class);
        ClaimModel.CATEGORIES.forEach(c -> all.put(c, -1.0));
        return new ClaimBooster(shipped, all);
    }

    static ExtractedPage page(String advertiser, String text) {
        PageFacts facts = new PageFacts(Optional.ofNullable(advertiser), List.of("0571-88886666"), List.of(),
                Optional.empty());
        return new ExtractedPage("test:page", "UTF-8", "", text, Optional.empty(), facts,
                Set.of(PageSignal.CONSULT_PHONE, PageSignal.BOOKING_FORM));
    }

    static Detector detector(Optional<ClaimBooster> booster) {
        return new Detector(matcher, judge, new ApprovalCheck(Optional.empty(), LocalDate.parse("2026-11-01")), booster);
    }

    @Test
    void jarCarriesTheRulesTrainingFile() throws IOException {
        try (InputStream in = ClaimBooster.class.getResourceAsStream(ClaimBooster.TRAINING_RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(TRAINING_FILE), in.readAllBytes());
        }
    }

    @Test
    void shippedModelIsTheOneTrainedFromTheTrainingFile() throws IOException {
        assertEquals(ClaimModel.train(TRAINING_FILE).maxentModel(), shipped.maxentModel(),
                "the shipped claims model is stale: mvn test -Dtest=ClaimsModelWriterTool -Dmedadwatch.writeModel=true");
    }

    @Test
    void trainingTwiceGivesTheSameWeightsAndScores() throws IOException {
        ClaimModel a = ClaimModel.train(TRAINING_FILE);
        ClaimModel b = ClaimModel.train(TRAINING_FILE);
        assertEquals(a.maxentModel(), b.maxentModel());
        for (String probe : List.of("专家坐诊，治愈率高达98%", "医院地址：滨江路88号", "比大医院便宜一半")) {
            assertEquals(a.scores(probe), b.scores(probe), probe);
        }
    }

    @Test
    void aClaimSentenceIsClassifiedAsItsCategory() {
        Map<Category, Double> s = shipped.scores("睡一觉就种完，感觉不到一点疼");
        Category best = s.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(Category.SAFETY_ASSERTION, best, s.toString());
        assertTrue(s.get(Category.SAFETY_ASSERTION) > ClaimBooster.shippedThresholds().get(Category.SAFETY_ASSERTION));
    }

    @Test
    void sentencesSplitAtChineseAndAsciiStopsAndLineBreaks() {
        assertEquals(List.of(new ClaimBooster.Span(0, 2), new ClaimBooster.Span(3, 5), new ClaimBooster.Span(6, 8),
                new ClaimBooster.Span(9, 11)), ClaimBooster.sentences("甲乙。丙丁!戊己;庚辛\n "));
    }

    @Test
    void modelFindingsOnlyForCategoriesTheRulesDidNotFindWithExactEvidence() {
        String text = "澜川肤康皮肤科门诊。根治牛皮癣，永不复发！\n老病友王阿姨说：在这里看了三次，现在皮肤光滑得像换了一层。"
                + "预约电话0571-88886666。";
        ExtractedPage page = page("澜川肤康皮肤科门诊部", text);
        Verdict rulesOnly = detector(Optional.empty()).judge(page);
        Verdict boosted = detector(Optional.of(eager())).judge(page);
        assertTrue(rulesOnly.ad().isAd());
        Set<Category> ruleCats = java.util.EnumSet.noneOf(Category.class);
        rulesOnly.findings().forEach(f -> ruleCats.add(f.category()));
        assertTrue(ruleCats.contains(Category.CURE_GUARANTEE), rulesOnly.findings().toString());
        List<Finding> model = boosted.findings().stream().filter(f -> f.ruleId().startsWith("MODEL-")).toList();
        assertFalse(model.isEmpty());
        assertEquals(rulesOnly.findings(), boosted.findings().stream().filter(f -> !f.ruleId().startsWith("MODEL-")).toList());
        assertTrue(model.size() >= 5, model.toString());
        Set<Category> seen = java.util.EnumSet.noneOf(Category.class);
        for (Finding f : model) {
            assertFalse(ruleCats.contains(f.category()), f.toString());
            assertTrue(seen.add(f.category()), "one finding per category: " + f);
            assertEquals("MODEL-" + f.category().name(), f.ruleId());
            assertEquals(Level.LOW, f.level());
            assertEquals("模型判断，待人工核实", f.note());
            assertEquals(f.evidence(), text.substring(f.start(), f.end()), f.toString());
        }
        // a medical institution speaking: no DISEASE_CLAIM_NONMEDICAL or ILLEGAL_COSMETIC_MEDICINE
        assertTrue(model.stream().noneMatch(f -> f.category() == Category.DISEASE_CLAIM_NONMEDICAL
                || f.category() == Category.ILLEGAL_COSMETIC_MEDICINE), model.toString());
    }

    @Test
    void aShopMayGetTheNonMedicalCategories() {
        ExtractedPage page = page("悦颜养生生活馆", "悦颜养生生活馆。每天泡脚半小时，三高慢慢就降下来了。欢迎到店体验。");
        List<Finding> model = detector(Optional.of(eager())).judge(page).findings().stream()
                .filter(f -> f.ruleId().startsWith("MODEL-")).toList();
        assertTrue(model.stream().anyMatch(f -> f.category() == Category.DISEASE_CLAIM_NONMEDICAL), model.toString());
    }

    @Test
    void boosterOffGivesTheRuleOnlyOutput() throws Exception {
        PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());
        Detector off = detector(Optional.empty());
        Detector standard = new Detector(matcher, judge, new ApprovalCheck(Optional.empty(), LocalDate.parse("2026-11-01")));
        try (var files = Files.list(Path.of("samples/demo/pages"))) {
            for (Path f : files.sorted().toList()) {
                ExtractedPage p = extractor.extract(Files.readAllBytes(f), Optional.empty(), f.toString());
                Verdict v = off.judge(p);
                assertTrue(v.findings().stream().noneMatch(x -> x.ruleId().startsWith("MODEL-")), f.toString());
                if (!ClaimBooster.ON_BY_DEFAULT) {
                    assertEquals(v, standard.judge(p), f.toString());
                }
            }
        }
    }

    @Test
    void notAdPagesGetNoModelFindings() {
        ExtractedPage news = new ExtractedPage("test:news", "UTF-8", "", "区市场监管局通报：某诊所宣称根治牛皮癣，已被立案查处。",
                Optional.empty(), new PageFacts(Optional.of("区市场监督管理局"), List.of(), List.of(), Optional.empty()),
                Set.of());
        Verdict v = detector(Optional.of(eager())).judge(news);
        assertFalse(v.ad().isAd());
        assertTrue(v.findings().isEmpty());
    }
}
