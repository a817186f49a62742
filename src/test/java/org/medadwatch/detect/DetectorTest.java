package org.medadwatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.RuleLoader;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;
import org.medadwatch.page.PageSignal;

class DetectorTest {
    private static Detector detector;

    @BeforeAll
    static void load() throws IOException {
        detector = new Detector(RuleMatcher.compile(RuleLoader.loadFolder(Path.of("rules"))), AdJudge.standard(),
                new ApprovalCheck(Optional.empty(), LocalDate.parse("2026-11-01")), Optional.empty());
    }

    private static ExtractedPage hospitalPage(String text) {
        PageFacts facts = new PageFacts(Optional.of("滨河市中西医结合医院"), List.of("0536-8127700"), List.of(),
                Optional.empty());
        return new ExtractedPage("test:bio", "UTF-8", "周明远 - 专家介绍 - 滨河市中西医结合医院", text, Optional.empty(), facts,
                Set.of());
    }

    @Test
    void objectiveSelfIntroductionWithNoClaimIsNotAnAd() {
        Verdict v = detector.judge(hospitalPage("周明远，主任医师，从事针灸临床工作二十余年。擅长：颈肩腰腿痛、面瘫的针灸治疗。\n"
                + "出诊时间：周二上午 地点：门诊二楼针灸科\n医院总机：0536-8127700"));
        assertEquals(AdKind.NOT_AD, v.ad().kind(), v.ad().reasons()::toString);
        assertEquals(List.of(), v.findings());
    }

    @Test
    void selfIntroductionThatPromisesACureStaysAnAdAndIsUnapproved() {
        Verdict v = detector.judge(hospitalPage("周明远，主任医师，从事针灸临床工作二十余年。擅长：面瘫的针灸治疗，保证一次治好，永不复发。\n"
                + "出诊时间：周二上午 地点：门诊二楼针灸科\n医院总机：0536-8127700"));
        assertEquals(AdKind.MEDICAL_AD, v.ad().kind(), v.ad().reasons()::toString);
        assertTrue(v.findings().stream().anyMatch(f -> f.category() == Category.CURE_GUARANTEE), v.findings()::toString);
        assertTrue(v.findings().stream().anyMatch(f -> f.category() == Category.UNAPPROVED_AD), v.findings()::toString);
    }

    private static Finding finding(Category category, String evidence) {
        return new Finding(category, "TEST", "", Level.HIGH, evidence, 0, evidence.length(), "");
    }

    @Test
    void aGiftInAnOrdinaryShopsOfferIsNoInducement() {
        List<Finding> kept = Detector.inducementOnlyWithHealthClaim(
                List.of(finding(Category.INDUCEMENT, "办卡另赠送肩颈放松一次"), finding(Category.ABSOLUTE_TERM, "最好")));
        assertEquals(List.of(Category.ABSOLUTE_TERM), kept.stream().map(Finding::category).toList());
    }

    @Test
    void aGiftDrawingPeopleToACurePitchStaysAnInducement() {
        List<Finding> withClaim = List.of(finding(Category.INDUCEMENT, "到场即送鸡蛋一盒"),
                finding(Category.DISEASE_CLAIM_NONMEDICAL, "睡这张床垫降血糖"));
        assertEquals(withClaim, Detector.inducementOnlyWithHealthClaim(withClaim));
        List<Finding> withCure = List.of(finding(Category.INDUCEMENT, "免费体验三次"),
                finding(Category.CURE_GUARANTEE, "一个疗程断根"));
        assertEquals(withCure, Detector.inducementOnlyWithHealthClaim(withCure));
    }

    private static ExtractedPage shopPage(String text) {
        PageFacts facts = new PageFacts(Optional.of("江苏康颐医疗科技有限公司"), List.of("400-826-3351"), List.of(),
                Optional.empty());
        return new ExtractedPage("test:shop", "UTF-8", "康颐中频电疗仪 家用颈椎理疗仪-康颐旗舰店", text, Optional.empty(), facts,
                Set.of());
    }

    @Test
    void aRegisteredDevicesDiseasesAreItsIndicationsNotANonMedicalClaim() {
        String pitch = "限时秒杀￥299，立即购买。颈椎病、肩周炎、老寒腿，用它在家就能治。客服热线 400-826-3351\n";
        Verdict device = detector.judge(shopPage(pitch + "医疗器械注册证编号：苏械注准20222090518"));
        assertEquals(AdKind.MEDICAL_AD, device.ad().kind(), device.ad().reasons()::toString);
        assertTrue(device.findings().stream().noneMatch(f -> f.category() == Category.DISEASE_CLAIM_NONMEDICAL),
                device.findings()::toString);
        Verdict unregistered = detector.judge(shopPage(pitch + "生产企业：江苏康颐医疗科技有限公司"));
        assertTrue(unregistered.findings().stream().anyMatch(f -> f.category() == Category.DISEASE_CLAIM_NONMEDICAL),
                "the same words on a product with no registration: " + unregistered.findings());
    }

    /** An ad on a portal is the promoted business's: its rules and approval are read for it, and its facts name it. */
    @Test
    void anAdOnAPortalIsThePromotedBusinesssAndAReportStaysThePortals() {
        PageFacts facts = new PageFacts(Optional.of("青崖新闻网"), List.of("0735-2207788"), List.of(), Optional.empty(),
                Optional.of("青崖仁和肛肠医院"));
        ExtractedPage advertorial = new ExtractedPage("test:portal", "UTF-8", "告别痔疮烦恼_青崖新闻网",
                "青崖仁和肛肠医院引进微创技术，痔疮一次根治不复发，术后即可上班。\n青崖仁和肛肠医院 咨询电话：0735-2207788",
                Optional.empty(), facts, Set.of(PageSignal.CONSULT_PHONE));
        Verdict ad = detector.judge(advertorial);
        assertTrue(ad.isMedicalAd(), ad.ad().reasons()::toString);
        assertEquals(Optional.of("青崖仁和肛肠医院"), ad.reading(advertorial).facts().advertiser());
        ExtractedPage report = new ExtractedPage("test:portal", "UTF-8", "市卫健委通报医疗广告抽查结果_青崖新闻网",
                "记者从市卫生健康委获悉，本月抽查医疗机构网站32家，责令整改3家。", Optional.empty(), facts, Set.of());
        Verdict news = detector.judge(report);
        assertEquals(AdKind.NOT_AD, news.ad().kind(), news.ad().reasons()::toString);
        assertEquals(Optional.of("青崖新闻网"), news.reading(report).facts().advertiser());
    }
}
