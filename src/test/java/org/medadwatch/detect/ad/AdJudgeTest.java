package org.medadwatch.detect.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medadwatch.detect.text.PlantedPosts;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageSignal;

import static org.medadwatch.detect.ad.Pages.page;

class AdJudgeTest {
    private static AdJudge judge;

    @BeforeAll
    static void loadShippedModel() {
        judge = AdJudge.standard();
    }

    @Test
    void newsReportQuotingBannedWordsIsNotAd() {
        ExtractedPage news = page("江城晚报网", "多家民营医院违法广告被查",
                "本报讯 记者昨日从区市场监管局了解到，辖区三家民营专科医院在网站上宣称“根治不复发”“无效退款”，"
                        + "已被立案调查。执法人员提醒市民，任何医疗机构都不能保证治愈，看到此类广告请拨打12315举报。\n"
                        + "新闻热线：0731-84326600 责任编辑：刘某",
                List.of("0731-84326600"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(news);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("publisher's own")), a.reasons()::toString);
    }

    /** A service or a product named only to be disclaimed is not offered: "不提供…细胞回输", "不是药品或保健食品". */
    @Test
    void whatAPageDisclaimsItDoesNotOffer() {
        ExtractedPage storage = page("杭州恒储生物科技有限公司", "细胞储存服务说明",
                "恒储提供自体免疫细胞的运输与深低温长期储存服务。本公司仅提供储存服务，不提供、不介绍任何细胞回输或治疗服务。\n"
                        + "收费标准：采集协助与检测费 ¥6,800；年度储存费 ¥1,200/年。\n客服电话：0571-85092216",
                List.of("0571-85092216"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        assertEquals(AdKind.NON_MEDICAL_AD, judge.assess(storage).kind(), judge.assess(storage).reasons()::toString);
        ExtractedPage food = page("上海源素贸易有限公司", "NMN胶囊-源素海外专营店",
                "NMN胶囊（跨境进口普通食品）¥259\n温馨提示：本品为普通食品，不是药品或保健食品，不具有预防、治疗疾病的功能。\n"
                        + "售后客服：400-119-2678",
                List.of("400-119-2678"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NON_MEDICAL_AD, judge.assess(food).kind(), judge.assess(food).reasons()::toString);
    }

    /** A post planted on a forum is the clinic's ad even where it makes no claim the rules read: it is not the clinic's own site. */
    @Test
    void aPlantedPostIsNoSelfIntroduction() {
        ExtractedPage thread = page("太原仁和男科医院", "早泄这毛病真能看好吗？ - 健康问答 - 并州论坛",
                "过来人老周\n兄弟别拖了。我去年也是这情况，后来在太原仁和男科医院看的，现在跟换了个人似的。"
                        + "挂号直接找导医小陈 13903518472，报我名字能优先。\n发表于 2026-06-19 08:02",
                List.of("13903518472"), List.of(), PageSignal.PLANTED_POST);
        AdAssessment a = judge.assess(thread);
        assertEquals(AdKind.MEDICAL_AD, a.withoutClaims().kind(), a.reasons()::toString);
    }

    /** A CDC's science piece with its phone advises the public: a public-health body solicits no patients. */
    @Test
    void aPublicHealthBodysSciencePieceIsNoAd() {
        ExtractedPage cdc = page("太原市疾病预防控制中心", "秋冬季流感高发，这些防护要点请收好",
                "流感病毒主要通过飞沫传播。接种流感疫苗是预防流感最有效的手段，建议老人、儿童等重点人群尽早接种。\n"
                        + "如出现高热、咳嗽等症状，请及时就医。\n咨询电话：0351-4123120",
                List.of("0351-4123120"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(cdc);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    /** Separators slipped into a service's name hide it from a filter, not from the judge. */
    @Test
    void aServiceSpelledWithSeparatorsIsStillOffered() {
        ExtractedPage cells = page("杭州康赛生物科技有限公司", "40岁以后该开户了",
                "康赛自体NK细胞计划：抽取50ml外周血，实验室扩增14天，免·疫·细·胞回输。单疗程费用 ¥26,800。\n"
                        + "咨询热线：0571-86923310",
                List.of("0571-86923310"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(cells);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    /** One cell infusion offered, with no price, is a clinical procedure: a cell company's open day sells medicine. */
    @Test
    void aCellCompanysOpenDayOfferingInfusionIsMedical() {
        ExtractedPage openDay = page("澜州瑞生细胞科技有限公司", "活力细胞公益体验日，名额开放中",
                "人到中年，总觉得累、睡不好、容易感冒？其实是身体里的“卫士”变少了。\nNK免疫细胞回输 抗衰老 提升免疫力\n"
                        + "瑞生细胞健康管理中心每月举办一次体验日，由专业团队为您讲解自体细胞养护方案。体验日到场即送细胞检测一次。\n"
                        + "预约专线：13956218077",
                List.of("13956218077"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(openDay);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    /** A gym sells exercise: its price list is no medical ad; the weight-loss injection it sells beside it is. */
    @Test
    void aGymSellsExerciseUnlessItInjects() {
        ExtractedPage prices = page("铁麓健身", "铁麓健身 | 2026秋季课程与价格",
                "私教课：单节298元，20节套餐5200元。团课月卡399元。腰背疼痛、产后体态问题的会员可预约体态评估，"
                        + "由认证教练制定训练计划。\n预约电话：0578-2261180",
                List.of("0578-2261180"), List.of(), PageSignal.PRICE_LIST, PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NON_MEDICAL_AD, judge.assess(prices).kind(), judge.assess(prices).reasons()::toString);
        ExtractedPage injections = page("燃动私教工作室", "燃动私教 | 司美格鲁肽减脂套餐",
                "减脂套餐：私教课12节+司美格鲁肽减脂针4支，每周一针，店内护士操作。套餐价6800元。\n预约电话：13905782211",
                List.of("13905782211"), List.of(), PageSignal.PRICE_LIST, PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(injections);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    /** A trading company reselling check-up cards sells doctors' examinations paid in advance: a medical service. */
    @Test
    void aResellerOfCheckUpCardsSellsAMedicalService() {
        ExtractedPage cards = page("澜州礼享商贸有限公司", "礼享体检卡 | 中老年深度体检套餐",
                "父母深度体检卡：含头颅CT、胸部CT、甲状腺彩超等42项，原价2680元，限时1580元。\n"
                        + "全市8家合作机构通用，报告出来后专家免费复诊一次。\n立即购买 订购热线：0552-5513800",
                List.of("0552-5513800"), List.of(), PageSignal.PRICE_LIST, PageSignal.PURCHASE_CALL_TO_ACTION,
                PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(cards);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    /** A laser hair cap is a medical device by its nature, whoever sells it and whatever registration it shows. */
    @Test
    void aLaserHairCapIsAMedicalDevice() {
        ExtractedPage cap = page("曦州丝源健康科技有限公司", "丝源激光生发帽 城市合伙人招募",
                "丝源生发帽，每天戴20分钟，三个月长出新发。诚招城市合伙人，一件代发，零库存。\n招商热线：13800571234",
                List.of("13800571234"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(cap);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    /** A bee farm's honey, however it is praised, is food from a farm: no drug, device or health food. */
    @Test
    void aBeeFarmSellsFoodNotMedicine() {
        ExtractedPage honey = page("岚溪杨记蜂场", "杨记蜂场 深山土蜂蜜 蜂胶",
                "我家蜂胶是天然的降糖药，糖尿病人天天吃，血糖稳稳的，没有副作用。土蜂蜜500克68元，蜂胶每瓶128元。\n"
                        + "立即下单 订购电话：13905501234",
                List.of("13905501234"), List.of(), PageSignal.PRICE_LIST, PageSignal.PURCHASE_CALL_TO_ACTION,
                PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(honey);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    /** A public hospital's department page with its phone is its self-introduction: an ad exactly when it claims. */
    @Test
    void aPublicHospitalsDepartmentPageIsJudgedAsItsSelfIntroduction() {
        ExtractedPage department = page("澜州市第二人民医院", "泌尿外科_澜州市第二人民医院",
                "当前位置： 首页 > 科室导航 > 外科系统 > 泌尿外科\n泌尿外科成立于1986年，是我院传统优势科室，现有床位52张，"
                        + "医师14名。科室开展输尿管软镜、经皮肾镜碎石取石术。\n门诊时间：周一至周六全天。\n科室电话：0556-5331157",
                List.of("0556-5331157"), List.of());
        AdAssessment a = judge.assess(department);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.selfIntroduction(), a.reasons()::toString);
    }

    @Test
    void governmentNoticeListingViolationsIsNotAd() {
        ExtractedPage notice = page("青山县市场监督管理局", "关于三起违法医疗广告案件的通报",
                "一、某某门诊部在其公众号发布“治愈率高达97%”“专家亲诊”等内容，违反广告法第十六条，罚款三万元。\n"
                        + "二、某美容店未取得医疗机构执业许可证为顾客注射玻尿酸，已移送卫生健康部门。\n"
                        + "咨询电话：0556-5123300 青山县市场监督管理局 2026年3月2日",
                List.of("0556-5123300"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(notice);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    /** A health commission's register of licensed hospitals names hospitals and their specialties for no one. */
    @Test
    void aHealthCommissionsRegisterOfHospitalsIsNotAd() {
        ExtractedPage register = page("青岚市卫生健康委员会", "青岚市2026年度医疗机构执业登记信息公示",
                "根据《医疗机构管理条例》，现将我市校验合格的医疗机构执业登记信息予以公示。\n"
                        + "序号 机构名称 类别 地址 诊疗科目 床位\n"
                        + "1 青岚东方医院 综合医院 东环路300号 内科、外科（骨科专业）、康复医学科 150\n"
                        + "2 青岚华夏男科医院 专科医院 解放中路266号 外科（泌尿外科专业）、医学检验科 30\n"
                        + "3 青岚仁和妇产医院 专科医院 芙蓉南路90号 妇产科（妇科专业、产科专业） 80\n"
                        + "4 青岚同德口腔医院 口腔医院 韶山路15号 口腔科、医学影像科 20\n"
                        + "5 青岚康泰肛肠医院 专科医院 东风路58号 中医科（肛肠科专业）、外科、麻醉科 60\n"
                        + "如有异议，请在公示期内向市卫生健康委医政医管科反映，联系电话：0736-5550 1200。",
                List.of("0736-5550 1200"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(register);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    /** A public hospital's news report: the booking line is its site's footer, the patient it names is news. */
    @Test
    void aReportInAPublicHospitalsNewsSectionIsNotAd() {
        ExtractedPage report = page("澜州市第一人民医院", "心内科成功开展首例左心耳封堵术_澜州市第一人民医院",
                "当前位置：首页 > 新闻中心 > 医院新闻\n心内科成功开展首例左心耳封堵术\n发布时间：2026-09-17 作者：心血管内科\n"
                        + "我院心血管内科介入团队为一名68岁的房颤患者成功实施经皮左心耳封堵术。患者王某（化名），有房颤病史六年。"
                        + "术后第二天患者即下床活动，目前恢复顺利。\n（责任编辑：方琳）\n总机：0556-5212000 预约挂号：0556-5212120",
                List.of("0556-5212000", "0556-5212120"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.BOOKING_CALL_TO_ACTION);
        AdAssessment a = judge.assess(report);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void platformRulesListingBannedWordsIsNotAd() {
        ExtractedPage rules = page("杭州小集网络科技有限公司", "小集商城保健食品推广审核规范 - 小集规则中心",
                "一、保健食品详情页须标明“保健食品不是药物，不能代替药物治疗疾病”。\n"
                        + "二、禁止出现以下用语：根治、无副作用、治愈率、专家推荐、国家级、免费体检、降血糖。\n"
                        + "商家服务热线：400-812-6655 杭州小集网络科技有限公司",
                List.of("400-812-6655"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(rules);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("banned-word list")), a.reasons()::toString);
        // a banned-word list under an ordinary heading is one too
        ExtractedPage list = page("杭州小集网络科技有限公司", "商家学习",
                "医疗健康类极限词汇总：最好、第一、根治、无效退款、零风险、国家级。\n商家服务热线：400-812-6655",
                List.of("400-812-6655"), List.of(), PageSignal.CONSULT_PHONE);
        assertTrue(RulebookPage.in(list.title(), list.text()));
    }

    @Test
    void sellerSayingItAvoidsBannedWordsSetsOutNoRules() {
        assertEquals(false, RulebookPage.in("【无违禁词版】灵芝孢子粉 增强免疫力 买二送一",
                "本店严格遵守广告法，不使用违禁词。灵芝孢子粉0.3g×60粒，咨询电话：0512-66218830"));
        assertEquals(false, RulebookPage.in("降糖茶 老人都在喝", "本店承诺不使用极限词，放心购买"));
    }

    @Test
    void popularScienceWithHospitalBookingPhoneIsMedicalAd() {
        ExtractedPage science = page("宁川康复骨科医院", "腰疼就是腰椎间盘突出吗？",
                "很多人一腰疼就怀疑自己得了腰椎间盘突出。其实腰肌劳损、骨质疏松也会引起腰疼，"
                        + "需要结合影像检查来判断。平时应避免久坐，注意腰背肌锻炼。\n"
                        + "宁川康复骨科医院脊柱科专家每日坐诊，预约电话：0951-6012388",
                List.of("0951-6012388"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(science);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("solicits patients")), a.reasons()::toString);
    }

    @Test
    void hospitalHealthEducationWithoutContactIsNotAd() {
        ExtractedPage education = page("宁川市第二人民医院", "冬季如何预防老年人跌倒",
                "冬季路面湿滑，老年人跌倒后容易发生髋部骨折。家中应保持地面干燥，夜间留一盏小灯，"
                        + "起床时先坐一会再站起来。本文仅供健康科普参考。",
                List.of(), List.of(), PageSignal.WECHAT_ARTICLE);
        AdAssessment a = judge.assess(education);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void diaryNoteEndingWithTheShopsBookingPhoneIsAnAd() {
        ExtractedPage note = page("广州天河区肌研社皮肤管理工作室", "烂脸两年，我终于敢素颜出门了 - 小红书",
                "姐妹们，我烂脸两年了，试过好多方法都不行。后来朋友带我去了一家店，老板娘给我打了水光，"
                        + "第二天上班没人看出来。现在素颜也不怕了。\n📍广州天河区肌研社皮肤管理工作室\n📞预约：159 1886 2207",
                List.of("159 1886 2207"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(note);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void publicHospitalsPriceDisclosureIsNotAnAd() {
        ExtractedPage prices = page("桐溪县人民医院", "桐溪县人民医院医疗服务价格公示",
                "根据县医保局文件，现将我院部分医疗服务项目价格公示如下：普通门诊诊查费10元，副主任医师诊查费18元，"
                        + "血常规检查20元。如有疑问请致电医务科咨询电话：0739-4821120。",
                List.of("0739-4821120"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(prices);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void teaShopClaimingToLowerBloodSugarIsANonMedicalAd() {
        ExtractedPage tea = page("亳州市谯城区本草坊茶叶商行", "桑叶玉米须苦荞茶 中老年养生茶 - 本草坊官方商城",
                "糖友福音！每天三包，血糖稳稳降下来，降糖药都减了一半。买二送一，全国包邮，客服电话：0558-5512336",
                List.of("0558-5512336"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION,
                PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(tea);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void hospitalNamedInTraditionalCharactersIsAMedicalInstitution() {
        ExtractedPage hk = page("深圳市福田區頤康中醫門診部", "深圳頤康中醫 - 頸椎病、腰椎間盤突出 香港客人專區",
                "針灸推拿治療頸椎病，香港客人免費專車接送。預約電話：0755-83216688",
                List.of("0755-83216688"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(hk);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void anElderlyHomeWithAClinicRoomSellsCareNotMedicine() {
        ExtractedPage home = page("松柏颐养院", "松柏颐养院 - 入住指南",
                "核定床位320张，提供自理、半护理、全护理三个照护等级。院内设医务室，由社区医生定期巡诊。"
                        + "收费标准（月）：床位费2200元，护理费600元。参观热线：0755-26718000",
                List.of("0755-26718000"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(home);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aTourThatBooksASpecialistAndACellInfusionSellsMedicine() {
        ExtractedPage tour = page("海南椰林康养旅游有限公司", "三亚7天6晚康养抗衰之旅 - 椰林旅居",
                "D3 全身深度体检。D4 细胞抗衰日：合作医院专家面诊后，安排自体NK细胞回输一次。¥6980/人起。咨询热线：400-663-1000",
                List.of("400-663-1000"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(tour);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aConferenceAbstractWithItsHeadingsIsNoAd() {
        ExtractedPage abstractPage = page("第十一届华东关节外科学术年会", "论文摘要集 P-047 | 第十一届华东关节外科学术年会",
                "脐带间充质干细胞关节腔注射治疗膝骨关节炎的随机对照研究\n目的：评价有效性与安全性。\n方法：随机、双盲、安慰剂对照。\n"
                        + "结果：治疗组改善≥20%者占76.5%。\n结论：远期疗效有待验证。\n关键词：间充质干细胞；膝骨关节炎",
                List.of(), List.of());
        assertEquals(AdKind.NOT_AD, judge.assess(abstractPage).kind());
    }

    @Test
    void aPackageInsertThatSellsNothingIsNoAd() {
        String insert = "【药品名称】盐酸二甲双胍片\n【成份】盐酸二甲双胍\n【适应症】本品首选用于2型糖尿病\n【用法用量】口服\n"
                + "【不良反应】恶心、腹泻\n【禁忌】严重肾功能不全者\n客服电话：0574-87365000";
        ExtractedPage reference = page("宁波益康大药房连锁有限公司", "盐酸二甲双胍片 说明书 - 药品信息查询", insert,
                List.of("0574-87365000"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NOT_AD, judge.assess(reference).kind(), judge.assess(reference).reasons()::toString);
        ExtractedPage onSale = page("宁波益康大药房连锁有限公司", "盐酸二甲双胍片 - 益康大药房", insert + "\n¥16.8 立即购买",
                List.of("0574-87365000"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(onSale).kind(), "the same insert beside a buy button sells the drug");
        // the insert's own 批准文号 offers nothing
        ExtractedPage withApprovalLine = page("药知道说明书库", "颈舒活络丸说明书 - 药知道说明书库",
                insert.replace("客服电话：0574-87365000", "【批准文号】国药准字Z20026319"), List.of(), List.of());
        assertEquals(AdKind.NOT_AD, judge.assess(withApprovalLine).kind(), judge.assess(withApprovalLine).reasons()::toString);
    }

    @Test
    void aTestKitsInsertThatSellsNothingIsNoAd() {
        String insert = "【产品名称】幽门螺杆菌抗体检测试剂盒（胶体金法）\n【包装规格】1人份/盒\n【预期用途】用于体外定性检测\n"
                + "【检验原理】胶体金免疫层析技术\n【检验方法】取指尖血1滴\n【产品性能指标】总符合率96.9%\n"
                + "【医疗器械注册证编号】苏械注准20232400123\n售后服务电话：0512-66001234";
        ExtractedPage kit = page("苏州泓康生物技术有限公司", "幽门螺杆菌抗体检测试剂盒（胶体金法）说明书", insert,
                List.of("0512-66001234"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NOT_AD, judge.assess(kit).kind(), judge.assess(kit).reasons()::toString);
    }

    @Test
    void oneDoctorsServiceWithItsPriceIsAMedicalService() {
        ExtractedPage center = page("深圳前海臻康细胞健康管理中心", "臻康细胞抗衰｜细胞回输多少钱",
                "逆龄，从细胞开始。焕活卡：细胞回输3次 + 全身评估　¥198,000/年。电话：0755-86337000",
                List.of("0755-86337000"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(center).kind(), judge.assess(center).reasons()::toString);
    }

    @Test
    void aPublicHospitalsSciencePieceWithNoWayToRespondInforms() {
        String text = "直肠癌的治疗以手术为主。早期直肠癌经规范手术治疗，多数患者可以治愈，5年生存率可达90%以上。"
                + "本文作者：云山市第一人民医院胃肠外科 吴志远 主任医师";
        ExtractedPage science = page("云山市第一人民医院", "查出直肠癌，能保肛吗？胃肠外科医生讲透", text, List.of(), List.of(),
                PageSignal.WECHAT_ARTICLE);
        assertEquals(AdKind.NOT_AD, judge.assess(science).kind(), judge.assess(science).reasons()::toString);
        ExtractedPage withLine = page("云山市第一人民医院", "查出直肠癌，能保肛吗？胃肠外科医生讲透",
                text + "。预约电话：0571-88880000", List.of("0571-88880000"), List.of(), PageSignal.WECHAT_ARTICLE,
                PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(withLine).kind(), "science with a booking line is a disguised ad");
    }

    @Test
    void aDevicesInstructionsForUseSellNothing() {
        String text = "医疗器械注册证编号：苏械注准20232080000。适用范围：供缺氧患者氧疗使用。使用方法：接通电源，调节流量。"
                + "售后服务热线：400-883-0000";
        ExtractedPage manual = page("江苏益康医疗设备有限公司", "YS-5L 医用分子筛制氧机 使用说明书（在线版）- 江苏益康医疗设备有限公司",
                text, List.of("400-883-0000"), List.of());
        assertEquals(AdKind.NOT_AD, judge.assess(manual).kind(), judge.assess(manual).reasons()::toString);
        ExtractedPage onSale = page("江苏益康医疗设备有限公司", "YS-5L 医用分子筛制氧机 使用说明书（在线版）- 江苏益康医疗设备有限公司",
                text + " ¥2980 立即购买", List.of("400-883-0000"), List.of(), PageSignal.PURCHASE_CALL_TO_ACTION);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(onSale).kind(), "instructions beside a buy button sell the device");
    }

    @Test
    void aNoticeTitleKeepsItsSiteSuffix() {
        ExtractedPage notice = page("沂水县柳庄镇卫生院", "关于开展2026年度65岁及以上老年人健康体检的通知_沂水县柳庄镇卫生院",
                "根据国家基本公共卫生服务项目要求，我院为辖区内65岁及以上常住居民免费提供一次健康体检。"
                        + "咨询电话：公共卫生科 0539-3611234",
                List.of("0539-3611234"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(notice);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void hospitalsFormalNoticeIsNotAnAd() {
        ExtractedPage notice = page("宛陵市人民医院", "关于调整住院病区探视及陪护管理的通知",
                "各位患者及家属：为保障住院患者安全，自12月1日起每日探视时间调整为15:00-19:00。咨询电话：0563-3021120",
                List.of("0563-3021120"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.WECHAT_ARTICLE);
        AdAssessment a = judge.assess(notice);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void pharmacysRecallNoticeIsNotAnAd() {
        ExtractedPage recall = page("湖南湘康大药房连锁有限公司", "关于双氯芬酸钠缓释片（批号20250611）召回的顾客告知书",
                "尊敬的顾客：因生产企业主动召回，请购买过该批号药品的顾客停止使用，凭购药小票到门店办理退货。咨询电话：0731-84112233",
                List.of("0731-84112233"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.WECHAT_ARTICLE);
        AdAssessment a = judge.assess(recall);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void lectureInvitationByAHealthCentreWithItsPhoneIsAnAd() {
        ExtractedPage invitation = page("沈阳颐康源健康管理中心", "【邀请函】金秋敬老·健康大讲堂",
                "特邀北京专家现场讲解心脑血管养护，到场即送鸡蛋一盒，名额有限。报名电话：024-23456789",
                List.of("024-23456789"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.WECHAT_ARTICLE);
        AdAssessment a = judge.assess(invitation);
        assertEquals(true, a.kind() != AdKind.NOT_AD, a.reasons()::toString);
    }

    @Test
    void beautySalonOfferingInjectionsIsMedicalAd() {
        ExtractedPage salon = page("若兰美容会所", "若兰美容会所三月宠粉季",
                "会员专享：玻尿酸丰唇、瘦脸针、水光针统统八折，店长亲自操作，当天做完不耽误上班。"
                        + "预约请加店长微信或拨打13912345678。",
                List.of("13912345678"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(salon);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void skinManagementShopOfferingLaserIsMedicalAd() {
        ExtractedPage shop = page("潇湄素颜皮肤管理中心", "潇湄素颜皮肤管理中心|祛斑祛痘",
                "光电淡斑：皮秒激光淡斑，针对雀斑、晒斑、黄褐斑，由皮肤管理师一对一操作。预约电话0737-84532266",
                List.of("0737-84532266"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(shop);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void salonAnsweringNoToMedicalCosmeticsIsNotMedicalAd() {
        ExtractedPage salon = page("禾舒美容生活馆", "禾舒美容生活馆|手足护理美甲美睫",
                "头皮清洁养护138元。常见问题：问：你们能打水光、做热玛吉吗？答：不能。禾舒是生活美容店，"
                        + "只做清洁、保养和美甲美睫，不做注射、激光、射频一类的医疗美容项目。电话029-86551208",
                List.of("029-86551208"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(salon);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void questionAnsweredNoHidesAProcedure() {
        assertEquals(false, AdSignals.offersProcedure("你们能打水光、做热玛吉吗？答：不能。"));
        assertEquals(true, AdSignals.offersProcedure("你们能做热玛吉吗？答：可以，原装进口探头。"));
        assertEquals(false, AdSignals.offersProcedure("家用射频紧致美容仪，使用前请阅读说明书"));
    }

    @Test
    void footMassageClaimingCuresIsNonMedicalAd() {
        ExtractedPage massage = page("百福足道养生馆", "百福足道 中药足疗",
                "祖传秘方中药泡脚加经络推拿，专治失眠、颈椎病、高血压，坚持一个月除根不复发。"
                        + "单次体验价68元，办卡更优惠，电话0371-66881234。",
                List.of("0371-66881234"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(massage);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void shopSellingAMedicalDeviceByItsNatureIsAMedicalAd() {
        ExtractedPage hearing = page("临川市东湖区清音助听器验配中心", "临川助听器_清音助听器验配中心",
                "新款耳内式助听器，降噪清晰，戴上别人看不出来。到店免费测听力，电话0794-8261234。",
                List.of("0794-8261234"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(hearing);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aDeviceGivenAwayIsNotWhatTheShopSells() {
        assertEquals(java.util.Optional.of("血压计"),
                AdSignals.deviceSold("欧康电子血压计 上臂式", java.util.Optional.of("欧康电子商务有限公司"), ""));
        ExtractedPage lecture = page("福寿康健康咨询有限公司", "秋季养生讲座",
                "本周六上午九点养生讲座，到场签到即送电子血压计一台，名额有限，报名电话0371-63975528。",
                List.of("0371-63975528"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(lecture);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertEquals(java.util.Optional.empty(), AdSignals.deviceSold("太赫兹能量理疗仪 家用全身通用款",
                java.util.Optional.of("康沐源商贸有限公司"), ""), "a 理疗仪 is a device only with its registration");
    }

    @Test
    void aPrivateClinicsOwnPagePrintingItsPhoneIsAnAd() {
        String text = "东澜济生堂中医门诊部 · 胃病专科　电话：0571-55503987\n祖传秘方调胃病，一月断根，永不复发。"
                + "本门诊独创清幽养胃汤，幽门螺杆菌根除率99.6%。纯中药，无毒副作用。";
        AdAssessment clinic = judge.assess(page("东澜济生堂中医门诊部", "济生堂中医门诊部-老胃病-胃炎专科", text,
                List.of("0571-55503987"), List.of()));
        assertEquals(AdKind.MEDICAL_AD, clinic.kind(), clinic.reasons()::toString);
        AdAssessment unreachable = judge.assess(page("东澜济生堂中医门诊部", "济生堂中医门诊部-老胃病-胃炎专科",
                text.replace("电话：0571-55503987", ""), List.of(), List.of()));
        assertTrue(clinic.adProbability() > unreachable.adProbability(), "the printed phone weighs");
    }

    @Test
    void aPlantedPostOnAForumIsAnAdThoughTheForumPublishesTheThread() {
        ExtractedPage thread = page("东澜论坛", "分享我的幽门螺杆菌转阴经历（长文）-胃病吧",
                "楼主：阳光小米粥　发表于 2026-10-02\n后来同事介绍了东澜养胃堂的郑医生，承诺不转阴不收费。\n"
                        + "有需要的姐妹可以加郑医生V：13755506213，报我名字有优惠。\n2楼 路人甲\n收藏了，谢谢楼主",
                List.of("13755506213"), List.of(), PageSignal.PLANTED_POST);
        AdAssessment a = judge.assess(thread);
        assertNotEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aQuestionAnsweredByCorrectingClaimsWithNoWayToRespondIsNoAd() {
        ExtractedPage science = page("健康知识网", "助孕茶、卵巢保养真能帮你怀上吗？妇产科医生说了实话",
                "助孕茶、卵巢保养真能帮你怀上吗？妇产科医生说了实话\n作者：某三级医院妇产科医生　审核：健康知识网编辑部\n"
                        + "备孕路上，不少人会被“暖宫助孕茶”“精油卵巢保养”吸引。商家常说能“疏通输卵管”“消除多囊”，甚至承诺“喝不好退款”。\n"
                        + "误区一：喝茶能疏通输卵管\n输卵管是否通畅需要通过造影等检查判断，目前没有任何证据表明茶饮能让堵塞的输卵管恢复通畅。\n"
                        + "误区二：按摩腹部能保养卵巢\n卵巢位于盆腔深处，隔着腹壁按摩、涂精油无法作用于卵巢。\n"
                        + "误区三：有医院能保证怀孕\n任何医院和医生都不能保证一定怀孕，辅助生殖的成功与否受年龄、卵巢功能等多种因素影响。\n"
                        + "建议：备孕一年未孕（35岁以上半年），请到正规医疗机构的生殖医学科就诊。\n健康知识网 京ICP备18055542号",
                List.of(), List.of());
        AdAssessment a = judge.assess(science);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aProductNamedADrugIsADrugsAd() {
        ExtractedPage wine = page("杨氏本草药酒旗舰店", "杨氏本草风湿骨痛药酒",
                "杨氏本草风湿骨痛药酒 500ml\n精选川乌、威灵仙等十八味药材，纯粮酿造。\n下单电话：13555987612",
                List.of("13555987612"), List.of(), PageSignal.PURCHASE_CALL_TO_ACTION);
        AdAssessment a = judge.assess(wine);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertEquals(java.util.Optional.empty(), AdSignals.drugNamed("杨氏高粱酒 500ml", java.util.Optional.of("杨氏酒业旗舰店")));
    }

    @Test
    void capsulesNamedTheWayHealthFoodIsRegisteredAreAMedicalAd() {
        ExtractedPage live = page("皙研官方旗舰店", "皙研官方旗舰店的直播间 - 抖声直播",
                "家人们看过来，我们家这个是正经蓝帽子\n葡萄籽加维C维E，吃一个月黄褐斑淡一半，痘痘、湿疹都能调好\n"
                        + "皙研牌葡萄籽维生素C维生素E软胶囊 60粒\n直播间专享 ¥129 去购买\n店铺：皙研官方旗舰店　客服热线：400-555-2026",
                List.of("400-555-2026"), List.of(), PageSignal.PURCHASE_CALL_TO_ACTION);
        AdAssessment a = judge.assess(live);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aTalkSellingAClassTwoDeviceIsAMedicalAd() {
        ExtractedPage talk = page("福寿康健康体验馆", "重阳敬老月｜健康讲座开课啦，到场就有礼！",
                "凡年满60周岁的叔叔阿姨，凭身份证签到即送鲜鸡蛋一盒\n本期主讲产品：多功能电位治疗仪（国家二类医疗器械）\n"
                        + "每天在治疗椅上坐一坐，高血压、失眠统统一扫光\n报名电话：0710-55537788",
                List.of("0710-55537788"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(talk);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aScalpCareShopOfferingInjectionsIsAMedicalAd() {
        ExtractedPage shop = page("青丝堂头皮养护中心", "青丝堂头皮养护中心 - 专业养发 防脱生发",
                "青丝堂 · 二十年专注头皮养护\n热门项目\n头皮深层清洁¥128/次\n生发针·头皮注射PRP¥1980/次\n"
                        + "预约到店\n电话：0731-55501818",
                List.of("0731-55501818"), List.of(), PageSignal.BOOKING_FORM);
        AdAssessment a = judge.assess(shop);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        // judged as the wellness shop it is, which injecting makes a medical one
        assertTrue(a.reasons().contains("shop 青丝堂头皮养护中心 offers injections or medical-cosmetic procedures"), a.reasons()::toString);
    }

    @Test
    void aDeviceOfferedForFittingInTheTextIsSold() {
        assertEquals(java.util.Optional.of("验配OK镜"), AdSignals.deviceSold("孩子近视每年涨100度？",
                java.util.Optional.of("明视界眼镜店"), "暑期活动：7月31日前验配OK镜，送护理套装。"));
        assertEquals(java.util.Optional.of("我们的智能助听器"), AdSignals.deviceSold("可能不是耳背那么简单",
                java.util.Optional.of("聆悦听力验配中心"), "恰恰相反！我们的智能助听器越戴听力越好。"), "a shop's own device is for sale");
        assertEquals(java.util.Optional.empty(), AdSignals.deviceSold("秋季养生讲座", java.util.Optional.empty(),
                "到场签到即送电子血压计一台"), "given away, not sold");
    }

    @Test
    void dailyGoodsCompanyClaimingCuresIsNonMedicalAd() {
        ExtractedPage goods = page("恒暖日用品有限公司", "恒暖老姜足贴 30贴/盒",
                "本品为日用足贴。老姜艾叶配方，治疗风湿关节痛、失眠多梦。价格¥49.90，立即购买，客服0731-5550123。",
                List.of("0731-5550123"), List.of(), PageSignal.PURCHASE_CALL_TO_ACTION, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(goods);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void compliantHospitalPageWithApprovalNumberIsMedicalAd() {
        ExtractedPage hospital = page("柳溪县人民医院", "柳溪县人民医院 医院概况",
                "柳溪县人民医院，所有制形式：全民，类别：综合医院。诊疗科目：内科、外科、妇产科、儿科。"
                        + "床位数：420张。接诊时间：全天。联系电话：0778-3125120。",
                List.of("0778-3125120"), List.of("（桂）医广【2026】第05-12-0031号"));
        AdAssessment a = judge.assess(hospital);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void forumComplaintAboutHospitalIsNotAd() {
        ExtractedPage post = page("溪城论坛", "被某男科医院坑了八千块",
                "上个月去那家男科医院，说是检查一下，结果被拉进手术室做了个手术，前后花了八千多，"
                        + "广告上写的保证治愈全是骗人的。已经打12315投诉了，大家别上当。",
                List.of(), List.of());
        AdAssessment a = judge.assess(post);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void complaintThreadNamingTheHospitalWithItsHotlineIsNotAd() {
        // even when the thread names the hospital and quotes its booking line, a 维权 thread is no ad
        ExtractedPage post = page("泊湾仁和妇科医院", "泊湾仁和妇科医院乱收费，求助如何维权 - 百姓呼声 - 泊湾论坛",
                "楼主 上个月看到他们网站写着“在线预约挂号，检查费全免”，打了预约热线：0755-2661234，"
                        + "去了以后开了六千多的药，一点没用。要怎么讨回？\n沙发 打12315，再找卫健委投诉。",
                List.of("0755-2661234"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.BOOKING_CALL_TO_ACTION);
        AdAssessment a = judge.assess(post);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("complains or exposes")), a.reasons()::toString);
    }

    @Test
    void patientPostRecommendingAHospitalWithItsBookingPhoneIsStillAnAd() {
        ExtractedPage post = page("泊湾仁和妇科医院", "分享：多年的盆腔炎终于好了 - 健康交流 - 泊湾论坛",
                "楼主 困扰我三年的盆腔炎，在泊湾仁和妇科医院调理了两个疗程就好了，医生特别耐心。"
                        + "姐妹们有需要可以去看看，预约电话：0755-2661234，报我名字挂号免费。",
                List.of("0755-2661234"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(post);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void anAdsOwnWarningAgainstBeingCheatedIsNoComplaint() {
        ExtractedPage ad = page("泊湾仁和妇科医院", "别再被坑了！看妇科认准正规医院",
                "很多女性在小诊所花了冤枉钱。泊湾仁和妇科医院明码标价，专家每日坐诊，预约电话：0755-2661234。",
                List.of("0755-2661234"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(ad);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().noneMatch(r -> r.contains("complains or exposes")), a.reasons()::toString);
    }

    @Test
    void healthFoodSalesPageIsMedicalAd() {
        ExtractedPage product = page("康源生物科技有限公司", "康源牌辅酶Q10软胶囊",
                "中老年人心脏的守护者，蓝帽子保健食品。原价398元，今日下单买二送一，全国包邮，订购热线400-820-1234。",
                List.of("400-820-1234"), List.of(), PageSignal.PURCHASE_CALL_TO_ACTION, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(product);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void assessmentReportsClassifierScoreAndSignals() {
        ExtractedPage promo = page("安和男科医院", "男科在线咨询",
                "前列腺炎反复发作？安和男科医院专家为您解答。", List.of(), List.of(),
                PageSignal.BOOKING_FORM, PageSignal.CONSULT_WIDGET);
        AdAssessment a = judge.assess(promo);
        assertEquals(AdKind.MEDICAL_AD, a.kind());
        assertTrue(a.reasons().get(0).startsWith("classifier medical_ad "), a.reasons()::toString);
        assertTrue(a.reasons().contains("booking form"), a.reasons()::toString);
        assertTrue(a.reasons().contains("consultation widget"), a.reasons()::toString);
        assertTrue(a.adProbability() > 0.9 && a.medicalProbability() > 0.9, a::toString);
    }

    @Test
    void hospitalPresentingItselfWithoutSolicitingTurnsOnItsClaims() {
        ExtractedPage bio = page("滨河市中西医结合医院", "周明远 - 专家介绍 - 滨河市中西医结合医院",
                "周明远，主任医师，从事针灸推拿临床工作二十余年。擅长：颈肩腰腿痛、面瘫的针灸治疗。\n"
                        + "出诊时间：周二上午、周五全天 地点：门诊二楼针灸科\n医院总机：0536-8127700",
                List.of("0536-8127700"), List.of());
        AdAssessment a = judge.assess(bio);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.selfIntroduction(), a.reasons()::toString);
        AdAssessment noClaim = a.withoutClaims();
        assertEquals(AdKind.NOT_AD, noClaim.kind(), noClaim.reasons()::toString);
        assertTrue(noClaim.reasons().get(noClaim.reasons().size() - 1).contains("self-introduction"),
                noClaim.reasons()::toString);
    }

    @Test
    void hospitalPageWithAConsultationLineIsNoSelfIntroduction() {
        ExtractedPage bio = page("滨河市中西医结合医院", "周明远 - 专家介绍 - 滨河市中西医结合医院",
                "周明远，主任医师。擅长颈肩腰腿痛的针灸治疗。预约电话：0536-8127701",
                List.of("0536-8127701"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(bio);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertEquals(false, a.selfIntroduction(), a.reasons()::toString);
        assertEquals(AdKind.MEDICAL_AD, a.withoutClaims().kind());
    }

    @Test
    void aClinicsRecruitmentNoticeWithItsHrLineIsNoAd() {
        ExtractedPage jobs = page("厦门鹭江中医门诊部", "人才招聘 - 厦门鹭江中医门诊部",
                "厦门鹭江中医门诊部 2026年秋季招聘\n一、招聘岗位\n中医执业医师 2 具有中医类别执业医师资格，三年以上临床经验\n"
                        + "注册护士 3 持有护士执业证书\n二、薪酬福利\n五险一金、带薪年休假、免费工作餐、年度体检。\n"
                        + "三、应聘方式\n请将简历发送至 hr@lujiang.cn，或致电人事部林小姐：0592-2093318（工作日9:00-17:30）。\n"
                        + "厦门鹭江中医门诊部　厦门市思明区鹭江道98号",
                List.of("0592-2093318"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(jobs);
        assertEquals(AdKind.NOT_AD, a.kind(), "the notice's own phone solicits no patients: " + a.reasons());
        assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("a notice of the institution's own business")),
                a.reasons()::toString);
    }

    @Test
    void aSitesAdministrationPagesAreNoAdsAmidTheSitesChatWidgetAndHotline() {
        String chrome = "\n就诊指南\n咨询电话：0797-8123456\n在线咨询\n预约挂号\n来院路线\n赣州丽人妇科医院　地址：赣州市章贡区红旗大道96号";
        for (String[] titleAndBody : new String[][]{
                {"医院党支部开展主题党日活动_赣州丽人妇科医院", "7月1日上午，医院党支部组织全体党员赴纪念馆开展主题党日活动，重温入党誓词。"},
                {"价格公示_赣州丽人妇科医院", "医疗服务价格公示\n妇科检查 45元/次\n阴道镜检查 180元/次\n以上价格按省物价部门核定标准执行。"},
                {"404 页面不存在_赣州丽人妇科医院", "抱歉，您访问的页面不存在或已被删除。返回首页"}}) {
            ExtractedPage admin = page("赣州丽人妇科医院", titleAndBody[0], titleAndBody[1] + chrome, List.of("0797-8123456"),
                    List.of(), PageSignal.CONSULT_WIDGET, PageSignal.BOOKING_CALL_TO_ACTION, PageSignal.CONSULT_PHONE);
            AdAssessment a = judge.assess(admin);
            assertEquals(AdKind.NOT_AD, a.kind(), titleAndBody[0] + ": " + a.reasons());
            assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("a page of the site's own administration")),
                    a.reasons()::toString);
        }
    }

    @Test
    void aNoteWhosePostPushesAClinicWithAWeChatIdIsThatClinicsAdWhateverTheThreadReadsLike() {
        String thread = String.join("\n", "Yanyan的变美日记 关注", "38岁冻龄秘密｜做完同事问我是不是去度假了",
                "姐妹们，这次在杭州薇莱医疗美容门诊部做了全套抗衰，院长说可以逆龄十岁，放心！私信拿底价，或者V：yanyan_mei0571",
                "编辑于 2026-09-22", "赞 2.1万 收藏 8,933 评论 74", "2026-09-25 浙江", "干细胞不是不让做吗？",
                "回复 小桃子：人家有技术，私聊说");
        String title = "38岁冻龄秘密｜做完同事问我是不是去度假了 - 小红书";
        // the extractor finds the planted post and marks the page with it
        assertEquals(1, PlantedPosts.in(title, thread).size());
        ExtractedPage note = page("杭州薇莱医疗美容门诊部", title, thread, List.of(), List.of(), PageSignal.PLANTED_POST);
        AdAssessment a = judge.assess(note);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("a post on the thread vouches")), a.reasons()::toString);
        // the same thread where the post warns against the clinic has no planted post, and is no one's ad
        String warned = thread.replace("院长说可以逆龄十岁，放心！", "结果被坑了，千万别去！");
        assertEquals(List.of(), PlantedPosts.in(title, warned));
        AdAssessment warning = judge.assess(page("小红书", title, warned, List.of(), List.of()));
        assertEquals(AdKind.NOT_AD, warning.kind(), warning.reasons()::toString);
    }

    @Test
    void aPriceDisclosureThatPromotesIsStillAnOffer() {
        ExtractedPage offer = page("深圳雅康口腔门诊部", "种植牙集采价格公示_秋季惠民月_深圳雅康口腔门诊部",
                "种植牙集采价格公示\n单颗种植牙全包价 4980元，秋季惠民月限时再减500元，名额有限，速来预约！\n咨询电话：0755-26881234",
                List.of("0755-26881234"), List.of(), PageSignal.CONSULT_WIDGET, PageSignal.BOOKING_CALL_TO_ACTION,
                PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(offer);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        // a festival's price list is made to sell, as a 惠民月's is
        ExtractedPage festival = page("温州伊美医疗美容门诊部", "三八节项目价格公示_温州伊美医疗美容门诊部",
                "三八节项目价格公示\n热玛吉全脸 9800元，水光针 680元/次\n预约电话：0577-55512345",
                List.of("0577-55512345"), List.of(), PageSignal.CONSULT_WIDGET, PageSignal.BOOKING_CALL_TO_ACTION,
                PageSignal.CONSULT_PHONE);
        AdAssessment forFestival = judge.assess(festival);
        assertEquals(AdKind.MEDICAL_AD, forFestival.kind(), forFestival.reasons()::toString);
    }

    @Test
    void aCentreThatDiagnosesAndTreatsIsAMedicalInstitutionWithoutALicencesSuffix() {
        ExtractedPage landing = page("昆明博爱男科诊疗中心", "昆明博爱男科诊疗中心_前列腺炎专科",
                "前列腺炎 早泄 阳痿\n专家在线 免费咨询\n预约电话：0871-55512345",
                List.of("0871-55512345"), List.of(), PageSignal.CONSULT_WIDGET, PageSignal.BOOKING_FORM,
                PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(landing);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aShopsThreadLiftIsAboutHealthEvenWhereNoWordOfMedicineIsPrinted() {
        ExtractedPage article = page("悦己美学馆", "不开刀也能拉回十年前的轮廓？我们店的线雕做了三年",
                "店里的线雕由做了六年的陈老师操作，PPDO蛋白线全脸埋线提升。术后一个月下颌线清晰不留疤。\n预约电话：0755-55509015",
                List.of("0755-55509015"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(article);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aShopSayingItIsNoHospitalSellsNoMedicalService() {
        ExtractedPage shop = page("睛舒坊", "睛舒坊·干眼理疗馆",
                "眼干、眼涩？来睛舒坊做一次中药熏蒸+眼周穴位按摩，专治干眼症。我们不是医院，不打针、不开药，只做绿色调理。\n"
                        + "项目价格 单次体验 ¥68\n预约电话：18655501478",
                List.of("18655501478"), List.of(), PageSignal.PRICE_LIST, PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(shop);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aPublicHospitalsOutpatientGuideIsNoAd() {
        ExtractedPage guide = page("哈尔滨市江畔区人民医院", "门诊就医指南_患者服务_哈尔滨市江畔区人民医院",
                "门诊就医指南\n一、门诊时间 周一至周五：上午7:30-11:30。急诊全年24小时开放。\n二、预约挂号方式\n"
                        + "1、微信公众号预约挂号；2、门诊大厅自助机预约挂号；3、电话预约：0451-84620114（工作日8:00-16:30）。\n"
                        + "三、就诊流程 建档挂号 → 诊区签到候诊 → 医生接诊 → 缴费 → 检查检验/取药 → 复诊。\n"
                        + "四、医保结算 费用按现行医保政策直接结算。\n医院总机：0451-84620000",
                List.of("0451-84620114", "0451-84620000"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(guide);
        assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("the title is a notice")), a.reasons()::toString);
        assertEquals(AdKind.NOT_AD, a.withoutClaims().kind(), a.reasons()::toString);
    }

    @Test
    void aHospitalsStudentEnrolmentNoticeIsNoAdWhateverItSaysOfItself() {
        ExtractedPage enrolment = page("皖江医科大学第一附属医院", "皖江医科大学第一附属医院2027年硕士研究生招生简章",
                "我院是国家级住院医师规范化培训基地，拥有国家级重点专科3个。\n一、招生专业及名额\n内科学 12名 外科学 10名\n"
                        + "二、报考条件 具有国家承认的大学本科学历。\n联系电话：0553-5738210（研究生办公室）",
                List.of("0553-5738210"), List.of());
        AdAssessment a = judge.assess(enrolment);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aResearchPaperIsNoAd() {
        ExtractedPage paper = page("华东理工医学院临床药理研究所", "静脉输注NAD+对中老年人主观疲劳评分的影响 - 《再生医学临床研究》",
                "摘要\n【目的】评价静脉输注NAD+对受试者主观疲劳评分的影响。【方法】受试者120例，随机分组。\n"
                        + "【结果】组间差异无统计学意义。【结论】未观察到显著改善。\n【关键词】疲劳；随机对照试验\n"
                        + "DOI：10.31827/j.rmcr.2026.04.006\n编辑部　电话：021-64370285",
                List.of("021-64370285"), List.of());
        AdAssessment a = judge.assess(paper);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("research paper")), a.reasons()::toString);
    }

    @Test
    void anInsurersPolicyTermsAreNoAd() {
        ExtractedPage terms = page("安泓人寿保险股份有限公司", "安泓人寿臻享高端医疗保险（2026版）条款",
                "阅读指引：本条款为保险合同的组成部分，请您仔细阅读责任免除、等待期和免赔额的约定。\n"
                        + "第五条 保险责任 被保险人在约定医疗机构接受治疗的，本公司给付住院医疗费用及门诊手术费用。\n"
                        + "第六条 责任免除 干细胞治疗、免疫细胞治疗及其他实验性治疗；美容、抗衰老、整形手术及其并发症。\n"
                        + "客户服务电话：400-820-9955",
                List.of("400-820-9955"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(terms);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aConsultancySellingOverseasIvfSellsMedicalServices() {
        ExtractedPage ivf = page("深圳贝诺国际医疗咨询有限公司", "贝诺国际 | 美国试管婴儿 · 泰国试管 · 一站式海外生殖服务",
                "美国合作诊所试管成功率高达85%。全程无痛取卵，中文医助24小时陪同。\n"
                        + "深圳贝诺国际医疗咨询有限公司　咨询热线：0755-86719042",
                List.of("0755-86719042"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(ivf).kind(), () -> judge.assess(ivf).reasons().toString());
    }

    @Test
    void aCompanySellingPrivateDoctorsSellsMedicalServices() {
        ExtractedPage concierge = page("北京御医堂健康管理有限公司", "御医堂私人医生 | Concierge Medicine 北京",
                "御医堂 · 您的家庭私人医生。年费会员制。退休专家随时上门，慢病管理一站解决。就医绿色通道。\n"
                        + "年费：98,000元/户\n北京御医堂健康管理有限公司　会籍顾问：010-85296631",
                List.of("010-85296631"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(concierge);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void anAgencyTakingPatientsAcrossTheBorderSellsMedicalServices() {
        ExtractedPage agency = page("上海质航健康管理有限公司", "质子远航 - 海外质子治疗预约 | 日本 美国 德国质子中心",
                "赴日本、美国做质子治疗 最快14天出发\n合作全球顶级质子中心 12 家，中文医学顾问全程陪同。\n"
                        + "服务热线 021-6288 4471\n上海质航健康管理有限公司",
                List.of("021-6288 4471"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(agency);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aGovernmentHealthDepartmentsFaqIsNoAd() {
        ExtractedPage faq = page("香港特别行政区政府衞生署衞生防护中心", "衞生署衞生防护中心 - 人类乳头瘤病毒疫苗：常见问题",
                "接种疫苗后还需要做宫颈普查吗？\n需要。已接种的妇女仍应定期接受宫颈普查。\n疫苗安全吗？\n一般副作用轻微，例如注射部位疼痛、红肿。\n"
                        + "市民应提防声称“香港卫生署指定”的跨境中介宣传。\n查询热线：+852 2833 0111",
                List.of("+852 2833 0111"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(faq);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aListingOfHaircutsIsNoMedicalAd() {
        ExtractedPage deals = page("乐团网", "附近美发团购_洗剪吹烫染优惠_乐团网",
                "美发 · 附近团购\n剪艺造型（临江万达店）\n4.8分 · 距您600m\n【总监】男士精剪+洗吹 ￥39 已售 9865 · 随时退\n"
                        + "时尚烫发套餐（含剪）￥168 · 店内电话 0577-65213387\n女士洗剪吹 ￥58 已售 3210\n猜你喜欢：美甲 足疗\n"
                        + "乐团网 客服热线 400-820-6613",
                List.of("0577-65213387", "400-820-6613"), List.of(), PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(deals);
        assertNotEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void aCompanyRunningAnOnlineClinicSellsMedicalServices() {
        ExtractedPage clinic = page("杭州康瘦健康科技有限公司", "康瘦云诊 | 3分钟在线问诊 医生开方 送药到家",
                "3分钟在线问诊 · 医生开方 · 冷链送药到家\n无需线下面诊，填写身高体重即可获得专属用药方案。\n"
                        + "康瘦云诊 | 运营主体：杭州康瘦健康科技有限公司 | 客服热线：400-826-3317",
                List.of("400-826-3317"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.BOOKING_FORM);
        AdAssessment a = judge.assess(clinic);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void pharmacyDrugGuidanceWithOnlyItsServiceLineIsNotAnAd() {
        ExtractedPage guidance = page("杭州安和大药房连锁有限公司", "用药提醒｜降压药漏服了怎么办",
                "氨氯地平、硝苯地平等降压药如果漏服，不要在下一次加倍服用。是否调整剂量请咨询医生。"
                        + "本文为一般用药知识，不涉及具体产品。\n杭州安和大药房连锁有限公司 客服电话：400-810-3322",
                List.of("400-810-3322"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(guidance);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("names no product")), a.reasons()::toString);
    }

    @Test
    void pharmacyListingAPackagedDrugWithItsLineIsAMedicalAd() {
        ExtractedPage listing = page("杭州安和大药房连锁有限公司", "苯磺酸氨氯地平片 5mg×28片 - 安和大药房",
                "苯磺酸氨氯地平片 5mg×28片\n适用于高血压。\n客服电话：400-810-3322",
                List.of("400-810-3322"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(listing);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
    }

    @Test
    void hyaluronicAcidInASerumIsNoInjection() {
        assertEquals(false, AdSignals.offersProcedure("云沁 玻尿酸补水精华乳 50ml，含透明质酸钠，温和保湿"));
        assertEquals(false, AdSignals.offersProcedure("主要成分：玻尿酸、烟酰胺。本品为普通化妆品"));
        assertEquals(true, AdSignals.offersProcedure("进口玻尿酸填充泪沟，一次成型"));
        assertEquals(true, AdSignals.offersProcedure("上个月在店里打了一支玻尿酸，下巴翘了"));
        assertEquals(true, AdSignals.offersProcedure("充值五千送玻尿酸1ml"));
    }

    @Test
    void anAgencySellingIvfSellsMedicalServices() {
        ExtractedPage agency = page("广州禾苗健康咨询有限公司", "禾苗助孕-试管婴儿一站式服务",
                "三代试管成功率高。服务套餐：促排、取卵、胚胎移植、全程陪诊。合作生殖中心名额优先。添加顾问微信：13528860000",
                List.of("13528860000"), List.of(), PageSignal.PURCHASE_CALL_TO_ACTION);
        AdAssessment a = judge.assess(agency);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertEquals(false, AdSignals.offersAssistedReproduction("备孕期间多吃叶酸，试管婴儿也要注意营养"));
    }

    @Test
    void anInsurersCriticalIllnessPolicyIsNoMedicalAd() {
        ExtractedPage policy = page("泰和人寿保险股份有限公司", "安康重疾险（2026版）- 泰和人寿",
                "保障120种重大疾病，确诊即赔。质子重离子医疗保险金：在指定医疗机构接受质子重离子治疗的，按实际费用报销。"
                + "恶性肿瘤、造血干细胞移植术。客服电话：4008-123-456",
                List.of("4008-123-456"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(policy);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("insurer")), a.reasons()::toString);
        // a hospital's own page that mentions insurance is still the hospital's
        ExtractedPage hospital = page("杭州仁和医院", "杭州仁和医院 - 商业保险直付",
                "本院与多家保险公司合作，支持商业保险直付。预约电话：0571-86697305",
                List.of("0571-86697305"), List.of(), PageSignal.CONSULT_PHONE);
        assertFalse(judge.assess(hospital).reasons().stream().anyMatch(r -> r.contains("insurer")));
    }

    @Test
    void aVeterinaryPracticeIsOutsideMedicalAdvertising() {
        ExtractedPage vet = page("爱宠佳动物医院", "爱宠佳动物医院 - 猫狗疫苗 绝育 体检",
                "新客到院免费基础体检一次。猫瘟、犬细小专科治疗，24小时急诊。预约电话：0571-86697305",
                List.of("0571-86697305"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(vet);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("veterinary")), a.reasons()::toString);
    }

    @Test
    void aDisinfectantClaimingCuresIsNoMedicalAd() {
        ExtractedPage gel = page("草本肤安堂", "肤安堂草本抑菌乳膏",
                "湿疹、荨麻疹一抹止痒，三盒断根。添加客服微信咨询。产品为消毒产品，卫生许可证号：浙卫消证字(2022)第0063号。",
                List.of(), List.of(), PageSignal.PURCHASE_CALL_TO_ACTION);
        AdAssessment a = judge.assess(gel);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("disinfectant")), a.reasons()::toString);
    }

    @Test
    void aRegisteredCosmeticClaimingCuresIsNoMedicalAd() {
        ExtractedPage cream = page("御颜堂", "御颜堂草本祛斑霜 官方授权",
                "专治黄褐斑、老年斑，根除不复发。30g/瓶 398元。特殊化妆品注册证：国妆特字G20230512。微商总代：13602114587",
                List.of("13602114587"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(cream);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("cosmetic")), a.reasons()::toString);
    }

    @Test
    void aDeviceMakersTherapyGadgetIsADeviceAd() {
        // no registration printed, but a 医疗器械 company sells it: a device ad, which needs its approval
        ExtractedPage unit = page("山东颈安康医疗器械有限公司", "颈椎病的5个早期信号",
                "颈安康颈椎治疗仪，热敷+牵引+低频脉冲三合一，颈椎病完全可以彻底治愈。订购热线：0531-88907765",
                List.of("0531-88907765"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(unit).kind(), judge.assess(unit).reasons()::toString);
    }

    @Test
    void aHairShopInjectingTheScalpOffersAMedicalProcedure() {
        ExtractedPage shop = page("发之源养发馆", "发之源养发馆 - 郑州防脱生发",
                "专治脂溢性脱发、斑秃。中药头疗 + 微针导入 + 头皮注射生发精华（PRP）。电话：0371-63358890",
                List.of("0371-63358890"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(shop);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("shop 发之源养发馆 offers")), a.reasons()::toString);
    }

    @Test
    void aPharmacysShopPageForFoodIsNoMedicalAd() {
        ExtractedPage oats = page("瑞州百姓缘大药房连锁有限公司", "即食纯燕麦片1000g - 百姓缘大药房网上商城",
                "禾乡 即食纯燕麦片 1000g 会员价 ￥26.80 原价 ￥32.00\n生产许可证 SC10136010300562\n客服热线：400-879-5120",
                List.of("400-879-5120"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST, PageSignal.PURCHASE_CALL_TO_ACTION);
        AdAssessment a = judge.assess(oats);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
        // the same shop's page for a registered drug stays a medical ad
        ExtractedPage drug = page("瑞州百姓缘大药房连锁有限公司", "布洛芬缓释胶囊 - 百姓缘大药房网上商城",
                "布洛芬缓释胶囊 0.3g×20粒 ￥15.80 国药准字H10900089\n客服热线：400-879-5120",
                List.of("400-879-5120"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST, PageSignal.PURCHASE_CALL_TO_ACTION);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(drug).kind(), judge.assess(drug).reasons()::toString);
    }

    @Test
    void anAgencySendingPatientsAbroadOffersMedicalServices() {
        ExtractedPage agency = page("北京远程国际医疗咨询有限公司", "赴日质子重离子治疗全攻略",
                "我们提供：病历翻译 · 远程会诊 · 预约日本医院 · 全程陪诊翻译。添加顾问微信：yc_proton，或致电400-615-8830",
                List.of("400-615-8830"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(agency).kind(), judge.assess(agency).reasons()::toString);
    }

    @Test
    void aPageInTraditionalCharactersIsJudgedAsItsSimplifiedTwin() {
        ExtractedPage traditional = page("陳氏中醫診所", "陳氏中醫診所：三十年專注腫瘤調理",
                "純中藥配方，徹底斷根，永不復發。地址：長沙市開福區湘雅路206號 陳氏中醫診所",
                List.of(), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(traditional);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("陈氏中医诊所")), a.reasons()::toString);
    }

    @Test
    void aTitleNamingOnlyTheInsertSellsNothing() {
        ExtractedPage manual = page("上海视朗医疗器械有限公司", "角膜塑形用硬性透气接触镜 说明书",
                "注册证编号：国械注进20233160512\n适用范围：用于暂时性矫正近视。本产品可暂时降低近视度数，不能治愈近视。",
                List.of(), List.of());
        assertEquals(AdKind.NOT_AD, judge.assess(manual).kind(), judge.assess(manual).reasons()::toString);
    }

    @Test
    void aPublicSpecialtyHospitalsDepartmentPageWithItsLineIsNoAd() {
        ExtractedPage ent = page("临江市中医院", "耳鼻咽喉科-临江市中医院",
                "耳鸣耳聋专病门诊。本科不承诺治愈。门诊医生：吴海峰 主任中医师。咨询电话：0576-88235678（工作日 8:00-17:00）",
                List.of("0576-88235678"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(ent);
        assertTrue(a.kind() == AdKind.NOT_AD || a.selfIntroduction(), a.reasons()::toString);
    }

    @Test
    void aClassifiedListingIsTheMerchantsWordNotTheSites() {
        ExtractedPage listing = page("便民信息网", "上门针灸推拿 卧床老人康复 - 便民信息",
                "【上门服务】王师傅上门理疗 专做上门针灸推拿，中风偏瘫包好。联系电话：15855500000（王师傅）",
                List.of("15855500000"), List.of());
        AdAssessment a = judge.assess(listing);
        assertTrue(a.kind() != AdKind.NOT_AD, a.reasons()::toString);
    }

    @Test
    void aClinicInvitingPeopleToComeForGiftsSolicitsThem() {
        ExtractedPage invitation = page("仁心堂中医诊所", "重阳敬老义诊活动通知",
                "本诊所举办敬老义诊。活动当天：专家义诊，免费测血压、血糖，现场领取大米一袋。地址：某路18号 电话：0591-83550000",
                List.of("0591-83550000"), List.of());
        AdAssessment invited = judge.assess(invitation);
        assertTrue(invited.kind() == AdKind.MEDICAL_AD && !invited.selfIntroduction(), invited.reasons()::toString);
        ExtractedPage report = page("仁心堂中医诊所", "我所开展敬老义诊",
                "10月20日，本诊所开展敬老义诊，为老人免费测血压、血糖。地址：某路18号 电话：0591-83550000",
                List.of("0591-83550000"), List.of());
        AdAssessment reported = judge.assess(report);
        assertTrue(reported.kind() == AdKind.NOT_AD || reported.selfIntroduction(), reported.reasons()::toString);
    }

    @Test
    void aFamilyDoctorSignedWithTheCommunityHealthCentreIsNotTheHomesService() {
        ExtractedPage home = page("松柏苑养老服务中心", "入住须知-松柏苑养老服务中心",
                "双人间 3200元/月（含餐）。入住老人可自愿与辖区社区卫生服务中心签约家庭医生。欢迎家属免费参观。咨询电话：0532-85550000",
                List.of("0532-85550000"), List.of(), PageSignal.CONSULT_PHONE);
        assertTrue(judge.assess(home).kind() != AdKind.MEDICAL_AD, judge.assess(home).reasons()::toString);
    }

    @Test
    void aJobAdOrARoutePageSolicitsNoPatients() {
        ExtractedPage job = page("瑞州分类信息网", "百姓缘大药房连锁招聘执业药师、店员 - 瑞州分类信息网",
                "【招聘】执业药师（驻店）3名。福利：五险一金，包吃住。电话联系刘经理：13907951268",
                List.of("13907951268"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NOT_AD, judge.assess(job).kind(), judge.assess(job).reasons()::toString);
        ExtractedPage route = page("瑞州康华医院", "来院路线_瑞州康华医院",
                "医院地址：瑞州市高新区学府路99号。乘坐3路至康华医院站下车即到。急诊24小时开放。总服务台：0795-3399120",
                List.of("0795-3399120"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NOT_AD, judge.assess(route).kind(), judge.assess(route).reasons()::toString);
    }

    @Test
    void aServiceThatSaysItIsNotMedicalIsNoMedicalAd() {
        ExtractedPage camp = page("燃动健康", "燃动健康 · 21天减脂训练营",
                "针对糖尿病、高血压人群，逆转2型糖尿病，降糖药统统停掉！标准营 ¥2980。报名热线：400-052-8869\n"
                        + "本训练营为健康生活方式干预服务，不替代医疗诊治。",
                List.of("400-052-8869"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        AdAssessment a = judge.assess(camp);
        assertEquals(AdKind.NON_MEDICAL_AD, a.kind(), a.reasons()::toString);
        // a health food's own warning speaks of drugs, not of medical care: it stays a medical ad
        ExtractedPage food = page("某某生物科技有限公司", "蓝帽子降糖胶囊",
                "国食健注G20190123，辅助降血糖。本品不能代替药物。订购热线：400-123-4567",
                List.of("400-123-4567"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(food).kind(), judge.assess(food).reasons()::toString);
    }

    @Test
    void aSchoolSellingBehaviourCorrectionIsAnOrdinaryService() {
        ExtractedPage school = page("启航青少年成长学校", "启航青少年成长学校-戒网瘾学校",
                "专治网瘾、厌学、叛逆，心理疏导治疗抑郁症，转化成功率高达98.6%。24小时咨询热线：023-68521093",
                List.of("023-68521093"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NON_MEDICAL_AD, judge.assess(school).kind(), judge.assess(school).reasons()::toString);
    }

    @Test
    void aPublicHospitalsDepartmentPageWithItsBookingLineIsAnAdOnlyIfItClaims() {
        ExtractedPage department = page("咸阳市秦风区人民医院", "泌尿外科_科室导航_咸阳市秦风区人民医院",
                "泌尿外科现有医师9名，开放床位36张。开展经皮肾镜碎石取石术、腹腔镜下肾癌根治性切除术。\n"
                        + "预约方式：关注医院微信公众号预约挂号，或拨打预约电话029-33217651。",
                List.of("029-33217651"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.BOOKING_CALL_TO_ACTION);
        AdAssessment a = judge.assess(department);
        assertTrue(a.selfIntroduction(), a.reasons()::toString);
        assertEquals(AdKind.NOT_AD, a.withoutClaims().kind());
        // its online-consultation box is a service of the same kind: no corpus labels such a page an ad
        ExtractedPage chat = page("咸阳市秦风区人民医院", "泌尿外科_咸阳市秦风区人民医院",
                "泌尿外科现有医师9名，开放床位36张。在线咨询。预约电话029-33217651",
                List.of("029-33217651"), List.of(), PageSignal.CONSULT_WIDGET, PageSignal.CONSULT_PHONE);
        AdAssessment withChat = judge.assess(chat);
        assertEquals(AdKind.MEDICAL_AD, withChat.kind(), withChat.reasons()::toString);
        assertTrue(withChat.selfIntroduction(), withChat.reasons()::toString);
        // a private hospital's chat widget still pursues the reader
        ExtractedPage privateChat = page("咸阳博仁泌尿专科医院", "泌尿外科_咸阳博仁泌尿专科医院",
                "泌尿外科现有医师9名，开放床位36张。在线咨询。预约电话029-33217651",
                List.of("029-33217651"), List.of(), PageSignal.CONSULT_WIDGET, PageSignal.CONSULT_PHONE);
        assertTrue(!judge.assess(privateChat).selfIntroduction(), judge.assess(privateChat).reasons()::toString);
    }

    @Test
    void aThreadAskingAQuestionWithNoWayToRespondIsNoAd() {
        ExtractedPage thread = page(null, "孩子脊柱侧弯25度，体态工作室说30天能矫正，靠谱吗？",
                "小鱼妈妈\n楼主 · 2026-09-03 22:14\n体态工作室说“不开刀不戴支具，30天矫正15度，无效全额退款”，有没有去过的妈妈说说？"
                        + "\n阳光下的向日葵\n2楼 · 2026-09-03 22:40\n别急着交钱，医院医生说要戴支具加特定训练。",
                List.of(), List.of());
        AdAssessment a = judge.assess(thread);
        assertEquals(AdKind.NOT_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("thread asking a question")), a.reasons()::toString);
    }

    @Test
    void aPostInTheSitesListingSectionIsAnAd() {
        ExtractedPage post = page("赵氏祖传皮肤病专科", "祖传中药外用 专治牛皮癣湿疹 - 便民广告 - 禾丰论坛",
                "禾丰论坛 › 便民广告 › 帖子\n赵氏祖传皮肤病专科，祖传三代，专治牛皮癣。地址：禾丰县老城北关　电话：138 5396 4471",
                List.of("138 5396 4471"), List.of());
        AdAssessment a = judge.assess(post);
        assertEquals(AdKind.MEDICAL_AD, a.kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("listings")), a.reasons()::toString);
    }

    @Test
    void aHomeAdvertisingItsInHouseClinicsTreatmentIsAMedicalAd() {
        String rooms = "双人间（自理）2800元/月，单人间（全护理）5200元/月。入住咨询：0311-87965102";
        ExtractedPage care = page("石家庄福寿康颐养院", "石家庄福寿康颐养院 - 医养结合 养老院", "医养结合 让父母安享晚年。" + rooms,
                List.of("0311-87965102"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        assertEquals(AdKind.NON_MEDICAL_AD, judge.assess(care).kind(), judge.assess(care).reasons()::toString);
        ExtractedPage clinic = page("石家庄福寿康颐养院", "石家庄福寿康颐养院 - 医养结合 养老院",
                "福寿康颐养院内设康复门诊，三甲专家每周坐诊。\n康复门诊开展中风后遗症康复治疗。" + rooms,
                List.of("0311-87965102"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(clinic).kind(), judge.assess(clinic).reasons()::toString);
    }

    /** A clinic's listing on a classifieds site is the clinic's ad; a flat to let on the same site is nobody's. */
    @Test
    void aClassifiedsSitesListingIsItsBusinesssAd() {
        ExtractedPage listing = page("黔岫李氏中医诊所", "祖传中医专治糖尿病老年慢病调理-黔岫医疗保健-黔岫分类网",
                "黔岫分类网 > 医疗保健 > 中医诊所 > 信息详情\n联系人：李医生\n联系电话：13885017736\n"
                        + "黔岫李氏中医诊所，三代祖传秘方，专治糖尿病、高血压等老年慢性病。\n本站提醒：交易前请核实对方资质。",
                List.of("13885017736"), List.of());
        assertEquals(AdKind.MEDICAL_AD, judge.assess(listing).kind(), judge.assess(listing).reasons()::toString);
        ExtractedPage flat = page("桐川信息港", "第一人民医院旁两室一厅出租-桐川信息港",
                "桐川信息港 > 房屋出租 > 详情\n距市第一人民医院步行5分钟，适合陪护家属、医护人员。租金：1300元/月\n联系人：王女士 电话：13800007788",
                List.of("13800007788"), List.of());
        assertEquals(AdKind.NOT_AD, judge.assess(flat).kind(), judge.assess(flat).reasons()::toString);
    }

    /** A school's letter to parents reports its screening (检出率为41.2%) and warns of sellers; it sells nothing. */
    @Test
    void aSchoolsLetterToParentsIsNoAd() {
        ExtractedPage letter = page("枫溪市第三实验小学", "枫溪市第三实验小学2026年寒假致家长的一封信",
                "一、关注视力健康。上学期视力筛查中，我校学生视力不良检出率为41.2%。请家长督促孩子每天户外活动不少于2小时，"
                        + "筛查结果异常的学生，请家长带孩子到正规医疗机构眼科进一步检查。请不要轻信校外“包治近视”等宣传。\n"
                        + "假期如有问题，可联系班主任或学校办公室，电话：0795-3251047",
                List.of("0795-3251047"), List.of());
        assertEquals(AdKind.NOT_AD, judge.assess(letter).kind(), judge.assess(letter).reasons()::toString);
    }

    /**
     * Growth hormone injected at home is a drug given as a procedure: the studio selling it advertises medicine. A
     * gadget set against it ("比打生长激素效果还好") does not offer it.
     */
    @Test
    void growthHormoneInjectionsOfferedAreMedicalAndOnesComparedAgainstAreNot() {
        ExtractedPage injections = page("鹏城成长健康工作室", "上门进口生长激素增高针-鹏城分类信息网",
                "鹏城分类信息网 > 生活服务 > 保健养生\n发布者 鹏城成长健康工作室\n进口水剂生长激素，冷链到家，专业人员上门打增高针。"
                        + "联系电话15955507890",
                List.of("15955507890"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(injections).kind(), judge.assess(injections).reasons()::toString);
        ExtractedPage gadget = page("沂澄优高电子科技有限公司", "优高增高仪 官方商城",
                "优高增高仪，每天照射30分钟。不打针不吃药，在家就能用。比打生长激素效果还好，价格只要十分之一！\n"
                        + "价格：1980元 立即购买 订购热线：0539-6120875",
                List.of("0539-6120875"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION);
        assertEquals(AdKind.NON_MEDICAL_AD, judge.assess(gadget).kind(), judge.assess(gadget).reasons()::toString);
    }

    /**
     * An old people's home is a medical ad where it runs a department that admits patients ("内设康复科…收治中风后遗症");
     * its fee table, which says it runs none and sends residents to the community health centre, is a notice.
     */
    @Test
    void anOldPeoplesHomeAdvertisesMedicineOnlyWhereItTreats() {
        ExtractedPage rehab = page("溆川福康老年公寓", "医疗康复_溆川福康老年公寓",
                "本公寓设床位200张，内设康复科、中医理疗室，医护人员24小时值守，专业收治中风后遗症、长期卧床老人。\n"
                        + "入住咨询：0748-2937711",
                List.of("0748-2937711"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(rehab).kind(), judge.assess(rehab).reasons()::toString);
        ExtractedPage fees = page("溆川松鹤园养老院", "收费标准_入住指南_溆川松鹤园养老院",
                "收费标准（2026年7月起执行）\n床位费（双人间）900元/月\n护理费 300/900/1800元/月\n本院为民政部门备案的养老机构，"
                        + "不设医疗机构。本院已与城东街道社区卫生服务中心签订服务协议，由其家庭医生团队按协议上门随访。\n参观咨询：0748-2705316",
                List.of("0748-2705316"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        assertEquals(AdKind.NOT_AD, judge.assess(fees).kind(), judge.assess(fees).reasons()::toString);
    }

    /** Brand + 牌 + tablets is how a health food is registered: an account selling one advertises health food. */
    @Test
    void aBrandedTabletIsHealthFood() {
        ExtractedPage post = page("岚泽康眠健康科技有限公司", "失眠的人越来越多，褪黑素到底怎么吃？",
                "小编推荐：眠安牌褪黑素维生素B6片，每片含褪黑素1.5mg，双效助眠。原价198元/瓶，粉丝专享价99元，买三送一。\n"
                        + "全国总代理：岚泽康眠健康科技有限公司 订购热线：0354-6602218",
                List.of("0354-6602218"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(post).kind(), judge.assess(post).reasons()::toString);
    }

    /** A bone-setter's listing in a city site's 便民服务 section is his ad, whoever hosts it. */
    @Test
    void aListingInTheLocalServicesSectionIsAnAd() {
        ExtractedPage listing = page("邛溪同城信息网", "李氏祖传正骨腰突颈椎一次冶愈不复发-邛溪同城信息网",
                "首页 › 便民服务 › 健康服务 › 详情\n联系人 李师傅 V信/电话 13759960318\n祖传三代正骨，专看腰椎间盘突出、颈椎错位。"
                        + "纯手法无痛复位，一次冶愈不复发。\n温馨提示：本站仅提供信息发布平台，交易前请核实对方资质。",
                List.of("13759960318"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(listing).kind(), judge.assess(listing).reasons()::toString);
    }

    /** The over-65s' free checkup the state pays for, announced by the public provider that gives it: a notice. */
    @Test
    void aPublicProvidersNoticeOfAStateHealthProgrammeIsNoAd() {
        ExtractedPage notice = page("青崖市北门街道社区卫生服务中心", "2026年老年人免费体检安排",
                "按照国家基本公共卫生服务项目要求，辖区65岁及以上常住老年人可免费体检一次。\n体检项目：血常规、肝肾功能、心电图、B超。"
                        + "\n请空腹前来，携带身份证。行动不便者可电话预约。\n联系电话：0735-2218864",
                List.of("0735-2218864"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.BOOKING_CALL_TO_ACTION);
        assertEquals(AdKind.NOT_AD, judge.assess(notice).kind(), judge.assess(notice).reasons()::toString);
        // a private clinic's "free checkup" is its lure, whatever programme it names
        ExtractedPage lure = page("青崖康泰中医诊所", "老年人免费体检活动",
                "响应国家基本公共卫生服务号召，本诊所为65岁以上老人免费体检，体检后可享理疗优惠。\n预约电话：0735-2290017",
                List.of("0735-2290017"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.BOOKING_CALL_TO_ACTION);
        assertEquals(AdKind.MEDICAL_AD, judge.assess(lure).kind(), judge.assess(lure).reasons()::toString);
    }

    /** An encyclopedia entry states a procedure's success rate as knowledge; with a clinic's booking line it would sell. */
    @Test
    void anEncyclopediaEntryWithNoWayToRespondIsNoAd() {
        String entry = "角膜塑形镜 条目\n最后编辑于2026年8月2日\n目录 1 原理 2 适用人群 3 效果 4 参考资料\n"
                + "角膜塑形镜是一种夜间佩戴的硬性透气性角膜接触镜，可暂时降低近视度数。研究显示，规范佩戴者近视年增长量平均减缓约45%。\n"
                + "参考资料 中华医学会眼科学分会.角膜塑形镜验配专家共识.\n分类：眼科学 | 医疗器械\n本页面内容按知识共享署名许可协议授权。";
        ExtractedPage encyclopedia = page("青崖百科", "角膜塑形镜 - 青崖百科", entry, List.of(), List.of());
        assertEquals(AdKind.NOT_AD, judge.assess(encyclopedia).kind(), judge.assess(encyclopedia).reasons()::toString);
        ExtractedPage withBooking = page("青崖百科", "角膜塑形镜 - 青崖百科", entry + "\n青崖明眸眼科 OK镜验配预约电话：0735-5521880",
                List.of("0735-5521880"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.BOOKING_CALL_TO_ACTION);
        assertTrue(judge.assess(withBooking).kind() != AdKind.NOT_AD, judge.assess(withBooking).reasons()::toString);
    }

    /** A fasting camp or a qigong school sells a practice, not medicine: its cure claims are a non-medical ad's. */
    @Test
    void aPracticesCampIsANonMedicalAdWhateverItClaims() {
        ExtractedPage fasting = page("青崖山居", "第12期「七日辟谷」招募｜让身体自己修复",
                "七天只喝水，配合站桩和导引，排出体内毒素。往期学员里，高血压、糖尿病、脂肪肝的朋友，不少人血糖血压都降下来了，"
                        + "胰岛素也减了。医生让她准备手术的那天，她来了山居，一个疗程后结节小了一半。\n报名咨询：0735-5590218",
                List.of("0735-5590218"), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdKind.NON_MEDICAL_AD, judge.assess(fasting).kind(), judge.assess(fasting).reasons()::toString);
        ExtractedPage club = page("青崖云手太极拳社", "秋季太极拳课程安排", "周二、周四晚七点，青崖公园东门。\n学费每季度300元。\n联系电话：13907355218",
                List.of("13907355218"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PRICE_LIST);
        assertTrue(judge.assess(club).kind() != AdKind.MEDICAL_AD, judge.assess(club).reasons()::toString);
    }

    /**
     * A question thread on a forum whose name says nothing of one ("…_棠江吧_众吧"): the only phone is the site's
     * service line in its footer, so nobody on the page sells, however medical its words read.
     */
    @Test
    void aQuestionThreadWhoseOnlyPhoneIsTheForumsIsNoAd() {
        String text = String.join("\n", "想做近视手术，全飞秒还是半飞秒？做过的来说说", "云溪区打工人", "7级",
                "左眼600右眼550，戴了十五年眼镜，今年想摘掉。想听听本地做过的真实感受，疼不疼、多少钱、后悔没。",
                "1楼 2026-07-20 22:03", "爱吃米粉的阿杰", "10级",
                "前年在市中心医院眼科做的全飞秒，一万六出头。术后第二天0.8，一周后1.2，现在两年了还稳定。",
                "2楼 2026-07-20 22:31", "回复　举报",
                "众吧 是一个兴趣社区，内容由网友发布，仅代表其个人观点。", "客服电话：400-918-2566　京ICP备2015044219号-1");
        ExtractedPage thread = page("众吧", "想做近视手术，全飞秒还是半飞秒？做过的来说说_棠江吧_众吧", text,
                List.of("400-918-2566"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(thread);
        assertEquals(AdKind.NOT_AD, a.withoutClaims().kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("publisher's own line")), a.reasons()::toString);
    }

    /** A capsule is a drug's or a health food's form: a company selling one without registration sells no ordinary food. */
    @Test
    void aCompanySellingCapsulesSellsNoOrdinaryProduct() {
        ExtractedPage lecture = page("长寿康源健康科技有限公司", "幸福里社区老年朋友健康讲座通知",
                "内容：心脑血管健康与“纳豆红曲胶囊”\n纳豆红曲胶囊溶血栓、软化血管，吃三个月停掉降压药！\n"
                        + "名额有限，报名请致电 186 6120 3345（小周）\n长寿康源健康科技有限公司 敬邀",
                List.of("186 6120 3345"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION);
        AdAssessment a = judge.assess(lecture);
        assertTrue(a.reasons().stream().noneMatch(r -> r.contains("an ordinary product or service")), a.reasons()::toString);
        ExtractedPage tea = page("长寿康源健康科技有限公司", "桑叶茶",
                "桑叶茶溶血栓、软化血管，喝三个月停掉降压药！\n订购请致电 186 6120 3345\n长寿康源健康科技有限公司",
                List.of("186 6120 3345"), List.of(), PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION);
        AdAssessment t = judge.assess(tea);
        assertTrue(t.reasons().stream().anyMatch(r -> r.contains("an ordinary product or service")), t.reasons()::toString);
    }

    /** A trade union's notice to its branches, warning of "免费洗肺" flyers, is an office's notice like a bureau's. */
    @Test
    void aTradeUnionsNoticeIsNoAd() {
        ExtractedPage notice = page("桐岭经开区总工会", "关于做好2026年度职工疗休养和尘肺病农民工关爱帮扶工作的通知",
                "各基层工会：\n一、职工疗休养 今年疗休养安排在9月至11月，地点为桐岭温泉职工疗休养基地。\n"
                        + "二、尘肺病农民工关爱帮扶 对已确诊尘肺病的农民工开展摸底，按每人每年2000元的标准发放慰问金。\n"
                        + "三、防范虚假宣传 有不法机构冒用“工会推荐”名义散发“免费洗肺”“尘肺可治愈”等宣传单招揽患者。\n"
                        + "联系人：权益保障部　电话：0797-8489010",
                List.of("0797-8489010"), List.of(), PageSignal.CONSULT_PHONE);
        AdAssessment a = judge.assess(notice);
        assertEquals(AdKind.NOT_AD, a.withoutClaims().kind(), a.reasons()::toString);
        assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("published by 桐岭经开区总工会")), a.reasons()::toString);
    }
}
