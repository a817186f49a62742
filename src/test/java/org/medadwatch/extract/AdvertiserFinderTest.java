package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdvertiserFinderTest {
    private final AdvertiserFinder finder = new AdvertiserFinder();

    private static OwnerHints wechat(String account, String title) {
        return new OwnerHints(Optional.of(account), title, List.of(), Optional.empty());
    }

    @Test
    void entityAPlatformVerifiedTheNoteAsBeatsThePlatformsFooterCompany() {
        assertEquals(Optional.of("宁州青禾医疗美容诊所"), finder.find(OwnerHints.titleOnly("宁州光子嫩肤｜换季泛红救星 - 薯薯笔记"),
                "青禾医美小周\n企业号认证：宁州青禾医疗美容诊所\n换季脸又红又痒？光子嫩肤安排上\n☎️0571-86021735\n"
                        + "© 2014-2026 橙叶（上海）信息科技有限公司 沪ICP备2016012345号-1"));
        assertEquals(Optional.of("宁州栗子美容服务有限公司"), finder.find(OwnerHints.titleOnly("店里就能做的小气泡 - 薯薯笔记"),
                "栗子美肤 认证主体：宁州栗子美容服务有限公司\n小气泡清洁一次68\n"
                        + "© 2026 橙叶（上海）信息科技有限公司"));
    }

    @Test
    void aHeadlineIsNoNameTheClinicAStorySendsReadersToAdvertises() {
        assertEquals(Optional.of("东澜仁信男科医院"), finder.find(OwnerHints.titleOnly("早泄不是小事｜一个28岁程序员的自述"),
                "男性健康说　2026-10-09\n患者小周（化名），28岁，互联网公司程序员。\n在东澜仁信男科医院，医生为他做了检测。\n"
                        + "温馨提示：点击阅读原文在线预约，或拨打 0571-55505566。"));
        // a headline printed in full-width letters is read as one too
        assertEquals(Optional.of("东澜仁信男科医院"), finder.find(OwnerHints.titleOnly("早泄不是ＢＵＧ｜一个28岁程序员的自述"),
                "男性健康说　2026-10-09\n患者小周（化名），28岁，互联网公司程序员。\n在东澜仁信男科医院，医生为他做了检测。\n"
                        + "温馨提示：点击阅读原文在线预约，或拨打 0571-55505566。"));
    }

    @Test
    void aQualifierAfterTheShopsNameInTheTitleIsNoPartOfIt() {
        assertEquals(Optional.of("李记正骨推拿"), finder.find(OwnerHints.titleOnly("李记正骨推拿（非医疗）"),
                "李记正骨推拿\n手法正骨复位，专调腰椎间盘突出。\n电话：0411-55512678\n经营范围：保健按摩服务（不含医疗诊疗）"));
    }

    @Test
    void aPortalsStoryClosingWithAClinicsConsultationLineIsThatClinicsAdvertorial() {
        assertEquals(Optional.of("东澜博济男科医院"), finder.find(OwnerHints.titleOnly("包皮过长要不要手术？_健康快报"),
                "健康快报 2026-08-19 阅读 5.3万\n能够上翻、注意清洁的，一般不需要手术。\n"
                        + "东澜博济男科医院采用进口吻合器，无痛微创，暑假是手术的好时机。\n在线咨询：0577-55516237\n"
                        + "热门文章\n健康快报 版权所有 浙ICP备14038812号-1"));
    }

    @Test
    void ofTwoInstitutionsInTheTitleTheLicensedOneThePagePrintsIsTheName() {
        assertEquals(Optional.of("康源关节医院"), finder.find(OwnerHints.titleOnly("康源关节医院-膝关节软骨再生中心"),
                "康源关节医院 ｜ 软骨再生中心 ｜ 预约：028-55540909\n我院开展关节腔注射。\n"
                        + "康源关节医院 成都市武侯区科华北路56号 电话：028-55540909"));
        // the department is printed in the header as well: the licensed kind is the name
        assertEquals(Optional.of("晴川轻盈互联网医院"), finder.find(OwnerHints.titleOnly("轻盈互联网医院 · 减重门诊"),
                "轻盈互联网医院 · 减重门诊\n轻盈互联网医院 · 减重门诊\n医生指导下的科学减重\n问诊咨询：027-55560912\n晴川轻盈互联网医院 鄂ICP备2025013348号-1"));
    }

    @Test
    void aFarmersCooperativeIsARegisteredSellerNotATitleKeyword() {
        // the title's shop sign run into its section ("青山刺梨 产品价目") gives way to the cooperative the footer registers
        assertEquals(Optional.of("盘州市青山刺梨种植专业合作社"), finder.find(OwnerHints.titleOnly("青山刺梨 产品价目"),
                "2026年新季刺梨价目表\n刺梨干 500g/袋 45元\n批发请致电：0858-3321456\n盘州市青山刺梨种植专业合作社"));
    }

    @Test
    void sponsorLineNamesTheSellerBehindANeighbourhoodGroup() {
        assertEquals(Optional.of("株洲康宁堂健康科技有限公司"), finder.find(wechat("桂花苑团购群", "周日养生讲座+蜂胶团购"),
                "团长阿梅\n桂花苑业主团购，蜂胶胶囊团购价128元两瓶。\n报名电话：0731-22561203\n"
                        + "主办单位：株洲康宁堂健康科技有限公司"));
        // a sponsor that is no registered company leaves the group's own name
        assertEquals(Optional.of("桂花苑团购群"), finder.find(wechat("桂花苑团购群", "周日广场舞比赛"),
                "主办单位：桂花苑业委会\n报名找团长阿梅"));
    }

    @Test
    void brandAccountGivesWayToTheLicensedClinicOfItsBrand() {
        assertEquals(Optional.of("宁州视康眼科门诊部"), finder.find(wechat("视康青少年近视防控中心", "寒假控近视"),
                "寒假是控近视的好时机。\n预约电话：0571-86021735\n地址：宁州市西湖区文三路8号\n宁州视康眼科门诊部"));
        // a place the two share is no brand: "宁州" leads the account and a hospital the article mentions
        assertEquals(Optional.of("宁州青苗视光中心"), finder.find(wechat("宁州青苗视光中心", "寒假控近视"),
                "近视严重的孩子，请到宁州市人民医院眼科就诊。\n预约电话：0571-86021735"));
    }

    @Test
    void brandLeadsAfterAPlaceButAPlaceIsNoBrand() {
        assertEquals(true, RegisteredNames.brandLeads("杏林正骨堂", "赣州市章贡区杏林正骨中医诊所"));
        assertEquals(false, RegisteredNames.brandLeads("成都爱眼视光", "成都市第一人民医院"));
        assertEquals(false, RegisteredNames.brandLeads("明眸视光", "华西医院"));
    }

    @Test
    void aTitleKeywordIsTheInstitutionOfItsPlaceAndKindThatAddsABrand() {
        assertEquals(Optional.of("岚城康润痛风医院"),
                RegisteredNames.brandedNamesake("岚城痛风医院", List.of("岚城康润痛风医院")));
        assertEquals(Optional.of("溪口玉颜祛痘皮肤科门诊部"),
                RegisteredNames.brandedNamesake("溪口祛痘门诊", List.of("溪口玉颜祛痘皮肤科门诊部")));
        // another institution's department carrying the kind is no brand of the keyword's
        assertEquals(Optional.empty(),
                RegisteredNames.brandedNamesake("岚城痛风医院", List.of("岚城市人民医院痛风专科门诊")));
        assertEquals(Optional.of("云岭明亮近视眼科门诊部"), finder.find(OwnerHints.titleOnly("云岭近视医院_明亮眼科"),
                "明亮眼科 · 青少年近视防控\n云岭明亮近视眼科门诊部 地址：云岭市北城区学府路8号 电话：0871-66210437"));
    }

    @Test
    void copyrightHolderOwnsThePage() {
        assertEquals(Optional.of("苏州宁澈口腔门诊部"), finder.find(OwnerHints.titleOnly("首页"),
                "来源：某某日报\nCopyright © 2016-2026 苏州宁澈口腔门诊部 版权所有 苏ICP备2022031145号-1"));
    }

    @Test
    void aBrandInTheCopyrightLineGivesWayToTheCompanyTheFooterRegisters() {
        assertEquals(Optional.of("亳州禾元堂生物科技有限公司"), finder.find(OwnerHints.titleOnly("禾元堂 养胃膏 300g"),
                "养胃膏 ¥198\n客服热线：400-876-3311\n亳州禾元堂生物科技有限公司　地址：亳州市谯城区药都大道1号\n"
                        + "Copyright © 2021-2026 禾元堂 版权所有"));
    }

    @Test
    void theLicensedNameAMedicalAdMustPrintIsTheAdvertiser() {
        assertEquals(Optional.of("苏州市姑苏区同心中医门诊部"), finder.find(wechat("苏州同心国医堂", "膏方节开幕"),
                "冬令进补，膏方调养。\n第一名称：苏州市姑苏区同心中医门诊部\n地址：苏州市姑苏区十全街1号"));
    }

    @Test
    void anAnswerOnAPlatformKnownByABareBrandPromotesTheHospitalItPassesOn() {
        assertEquals(Optional.of("杭州静安医院"), finder.find(OwnerHints.titleOnly("长期失眠到底该怎么办？ - 问知"),
                "谢邀。亲身经历，失眠三年。后来同事推荐了杭州静安医院的睡眠医学中心。\n"
                        + "贴一下我当时的预约方式，需要的自取：静安医院睡眠中心 0571-86917000\n2,316 人赞同了该回答"));
    }

    @Test
    void aPinnedShopIsTheAdvertiserOfANote() {
        assertEquals(Optional.of("悦欣月子会所"), finder.find(OwnerHints.titleOnly("产后6个月｜终于敢素颜出门了 - 小橙书"),
                "出月子前在住的【悦欣月子会所】做了产后焕颜套餐\n📍悦欣月子会所（滨江店）\n☎️预约：0571-87763000\n#月子会所"));
    }

    @Test
    void theInstitutionHeadingAPaidBlockOnAPortalAdvertises() {
        String page = "健康资讯\n秋冬季流感进入高发期 市疾控提醒老人儿童及时接种疫苗\n推广\n济南华仁男科医院\n"
                + "前列腺炎、早泄 特色疗法一次治愈\n咨询热线：0531-82967155\n推广\n泉城·云著 臻品洋房\n"
                + "泉城在线 版权所有 新闻热线：0531-86061199";
        assertEquals(Optional.of("济南华仁男科医院"), finder.find(OwnerHints.titleOnly("健康频道_泉城在线"), page));
        // a paid block for flats names no medical institution: the portal is still the publisher
        assertEquals(Optional.of("泉城在线"), finder.find(OwnerHints.titleOnly("健康频道_泉城在线"),
                page.replace("推广\n济南华仁男科医院\n", "")));
    }

    @Test
    void theEntryADealListMarksAsPaidAdvertises() {
        assertEquals(Optional.of("长沙明视眼科医院"), finder.find(OwnerHints.titleOnly("近视手术团购_眼科_乐团网"),
                "眼科 · 团购\n长沙明视眼科医院 推广\n全飞秒近视手术 ￥14800\n电话：0731-84452206\n"
                        + "长沙爱视眼镜店\n配镜套餐 ￥298 已售 3021\n乐团网 客服热线 400-820-6613"));
    }

    @Test
    void aBrandGlossedWithItsLicensedNameIsThatInstitution() {
        assertEquals(Optional.of("天津北辰康泰综合门诊部"), finder.find(OwnerHints.titleOnly("北辰体重管理中心-天津减重-中医埋线"),
                "北辰体重管理中心\n北辰体重管理中心（天津北辰康泰综合门诊部）提供药物减重、中医埋线一站式服务。\n"
                        + "天津北辰康泰综合门诊部　地址：天津市北辰区京津路336号"));
    }

    @Test
    void anElderlyHomeIsNamedByItsCopyrightLine() {
        assertEquals(Optional.of("松柏颐养院"), finder.find(OwnerHints.titleOnly("松柏颐养院 - 入住指南"),
                "收费标准（月）\n床位费 2200元\n参观热线：0755-26718000\n© 2026 松柏颐养院 ｜ 粤ICP备2020117000号-1"));
    }

    @Test
    void aGovernmentAccountPublishesForTheBodyOfItsPlace() {
        assertEquals(Optional.of("桐山县公安局"), finder.find(wechat("桐山公安", "家里老人当心这些套路！"),
                "近期，桐山县公安局反诈中心梳理了骗子的常用话术。有人诱骗老人到外地民营医院“住院调理”，"
                        + "打着“北京三甲医院专家下乡义诊”的旗号。咨询电话0738-8217000"));
        assertEquals(Optional.of("上海市浦西区市场监督管理局"), finder.find(wechat("浦西市场监管", "行政处罚信息公示"),
                "上海市浦西区市场监督管理局对某某医院作出行政处罚"));
    }

    @Test
    void copyrightLineBeatsANewsByline() {
        assertEquals(Optional.of("楚江都市网"), finder.find(OwnerHints.titleOnly("美容院违规注射调查"),
                "2026-05-21 07:05来源：楚江都市报作者：记者\nCopyright © 楚江都市网 版权所有 未经书面授权禁止转载"));
    }

    @Test
    void labelledCopyrightAndSponsorLinesAreRead() {
        assertEquals(Optional.of("嵩溪县中医医院"),
                finder.find(OwnerHints.titleOnly(""), "版权所有：嵩溪县中医医院 地址：嵩溪县城关镇健康路18号"));
        assertEquals(Optional.of("汀川市医疗保障局"),
                finder.find(OwnerHints.titleOnly(""), "主办单位：汀川市医疗保障局 地址：汀川市政务服务中心6楼"));
    }

    @Test
    void titleSuffixNamesTheSiteWhenNoOwnershipLine() {
        assertEquals(Optional.of("石家庄仁栎银屑病医院"),
                finder.find(OwnerHints.titleOnly("牛皮癣能治好吗_石家庄仁栎银屑病医院"), "正文"));
        assertEquals(Optional.of("栖木社区"), finder.find(
                OwnerHints.titleOnly("打了水光针脸上起疙瘩？ - 美容护肤 - 栖木社区 - Powered by BBSX"), "帖子正文"));
    }

    @Test
    void longerFormPrintedInTheTextIsPreferred() {
        assertEquals(Optional.of("太原福沁堂养生馆"), finder.find(OwnerHints.titleOnly("福沁堂养生馆 · 古法调理 十次卡特惠"),
                "全身推拿 128元\n太原福沁堂养生馆地址：太原市小店区亲贤北街119号电话：0351-70253681"));
    }

    @Test
    void phonePrintedRightBeforeABracketedNameIsNotPartOfIt() {
        assertEquals(Optional.of("雁浦华康肿瘤医院"), finder.find(wechat("雁浦健康频道", "专家访谈"),
                "本期我们邀请到雁浦华康肿瘤医院的赵教授。\n预约专家号：0515-88213366（雁浦华康肿瘤医院　雁浦市人民南路118号）"));
    }

    @Test
    void shopFrontInTheTitleGivesWayToTheMakerPrintedOnThePage() {
        assertEquals(Optional.of("梧川德康医疗器械有限公司"), finder.find(OwnerHints.titleOnly("德康颈腰康低频治疗仪 DK-300 官方商城"),
                "颈腰康低频治疗仪 DK-300\n¥599\n梧川德康医疗器械有限公司　电话：0813-2279310"));
    }

    @Test
    void aGenericInstitutionInTraditionalCharactersNamesNoOne() {
        assertEquals(Optional.of("合肥瑞康白癜风医院"), finder.find(wechat("皖中白斑健康", "白斑久治不愈？這家醫院讓無數患者重拾自信"),
                "白斑久治不愈？這家醫院讓無數患者重拾自信\n合肥瑞康白癜风医院是省立醫院皮膚科協作醫院，引進308準分子光。\n"
                        + "白斑諮詢熱線：0551-55581313\n長按識別二維碼，預約專家一對一面診"));
    }

    @Test
    void aBareShopFrontTakesTheOneCompanyThePagePrints() {
        // "_官方商城" carries no brand; the maker's name need not share the product's ("眠安" vs "睡康")
        assertEquals(Optional.of("广州睡康生物科技有限公司"), finder.find(OwnerHints.titleOnly("眠安牌酸枣仁压片糖果_官方商城"),
                "眠安牌酸枣仁压片糖果\n¥89\n广州睡康生物科技有限公司　客服热线：400-555-0909"));
        assertEquals(Optional.of("青岚黑茵日化有限公司"), finder.find(OwnerHints.titleOnly("黑茵生姜防脱洗发水500ml_官方旗舰店"),
                "黑茵生姜防脱洗发水 500ml\n￥69\n青岚黑茵日化有限公司　客服热线：400-555-9191"));
    }

    @Test
    void officialSiteAfterATitleNameIsNoPartOfIt() {
        assertEquals(Optional.of("苗岭草本堂"), finder.find(OwnerHints.titleOnly("祖传苗药膏 - 苗岭草本堂官网"),
                "苗岭草本堂\n祖传苗药膏，一抹止痒\n订购热线：0851-5550123"));
        assertEquals(Optional.of("苏州康泉大药房"), finder.find(OwnerHints.titleOnly("奥利司他胶囊 0.12g*21粒 - 苏州康泉大药房网上药店"),
                "奥利司他胶囊\n¥198\n苏州康泉大药房　药师咨询电话：0512-55529900"), "a pharmacy's web shop is the pharmacy's");
        assertEquals(Optional.of("深圳市速瘦优选医药有限公司"), finder.find(OwnerHints.titleOnly("司美格鲁肽注射液"),
                "司美格鲁肽注射液 预填充注射笔\n深圳市速瘦优选医药有限公司　客服：0755-55503318"), "选 inside a company's name ends no clause");
    }

    @Test
    void bracketedNoteAfterTheTitleNameDoesNotHideTheLogoMatch() {
        OwnerHints hints = new OwnerHints(Optional.empty(), "澜江明目眼科医院（澜江市人民医院眼科分院）-儿童视光中心",
                List.of("澜江明目眼科医院"), Optional.empty());
        assertEquals(Optional.of("澜江明目眼科医院"), finder.find(hints,
                "儿童视光中心 验光配镜\n澜江明目眼科医院 地址：澜江市滨河路8号 电话：0591-2876120"));
    }

    @Test
    void aJoiningVerbBeforeTheAccountNameIsNotAPlace() {
        assertEquals(Optional.of("溪山安和妇产医院"), finder.find(wechat("溪山安和妇产医院", "专访"),
                "人物简介：李医生，2018年加入溪山安和妇产医院，任产科主任。预约电话：0571-1234567"));
    }

    @Test
    void logoAltNamesTheShop() {
        OwnerHints hints = new OwnerHints(Optional.empty(), "漾蘅半永久 · 五一塑形季",
                List.of("漾蘅半永久纹绣工作室 五一塑形季"), Optional.empty());
        assertEquals(Optional.of("南宁漾蘅半永久纹绣工作室"),
                finder.find(hints, "预约方式\n南宁漾蘅半永久纹绣工作室地址：南宁市青秀区民族大道136号"));
    }

    @Test
    void wechatAccountWithInstitutionSuffixIsTheAdvertiser() {
        assertEquals(Optional.of("沅梧市第一人民医院"), finder.find(wechat("沅梧市第一人民医院", "看病别被广告套路了"),
                "正文\n版权所有：某某科普网"));
    }

    @Test
    void shortWechatAccountGivesWayToTheInstitutionItNames() {
        assertEquals(Optional.of("福建芝澜堂生物科技有限公司"), finder.find(wechat("芝澜堂健康", "放化疗期间吃什么"),
                "放化疗期间……\n福建芝澜堂生物科技有限公司\n咨询电话：0591-83307215"));
        assertEquals(Optional.of("合肥芮贝不孕不育医院"), finder.find(wechat("合肥芮贝生殖", "义诊"),
                "芮贝生殖中心开展人工授精。\n活动地址：合肥芮贝不孕不育医院（合肥市蜀山区长江西路489号）门诊三楼。"));
    }

    @Test
    void wechatAccountGivesWayToTheFullNameWithItsSpecialty() {
        assertEquals(Optional.of("蔺州康脊骨科医院"), finder.find(wechat("蔺州康脊医院", "腰突要不要开刀"),
                "本期邀请蔺州康脊骨科医院脊柱科李主任。\n蔺州康脊骨科医院\n咨询电话：0831-5522301"));
        assertEquals(Optional.of("蔺州康脊医院"), finder.find(wechat("蔺州康脊医院", "腰突要不要开刀"),
                "本期邀请李主任。\n蔺州康脊医院\n咨询电话：0831-5522301"));
    }

    @Test
    void columnLikeWechatAccountGivesWayToTheInstitutionItNames() {
        assertEquals(Optional.of("蔺州安甲医院"), finder.find(wechat("安甲健康课堂", "甲状腺结节要紧吗"),
                "结节科普……\n安甲健康课堂\n蔺州安甲医院\n咨询电话：0831-5522302"));
    }

    @Test
    void wechatAccountStandsWhenTheArticleNamesNoInstitution() {
        assertEquals(Optional.of("澜汐美学"), finder.find(wechat("澜汐美学", "春日焕颜季"), "水光针限时特惠"));
    }

    @Test
    void sourceBylineIsUsedWhenNothingElseNamesTheOwner() {
        assertEquals(Optional.of("北京衡霁肿瘤医院"),
                finder.find(OwnerHints.titleOnly(""), "发布时间：2026-04-26 来源：北京衡霁肿瘤医院 点击：12"));
    }

    @Test
    void siteNameFromOpenGraphIsAHint() {
        OwnerHints hints = new OwnerHints(Optional.empty(), "", List.of(), Optional.of("康禧源健康商城"));
        assertEquals(Optional.of("康禧源健康商城"), finder.find(hints, "商品详情"));
    }

    @Test
    void pageWithNoNameHasNoAdvertiser() {
        assertEquals(Optional.empty(), finder.find(OwnerHints.titleOnly(""), "只有正文，没有落款。"));
    }

    @Test
    void welcomeBannerDoesNotWidenTheInstitutionName() {
        assertEquals(Optional.of("嘉渚视康眼科医院"), finder.find(OwnerHints.titleOnly("近视手术_全飞秒_嘉渚视康眼科医院"),
                "欢迎访问嘉渚视康眼科医院官方网站屈光中心：0512-68730099\n嘉渚视康眼科医院地址：嘉渚市望亭西路411号"));
        assertEquals(Optional.of("南京瞻睿眼科医院"), finder.find(OwnerHints.titleOnly("白内障_瞻睿眼科医院"),
                "欢迎来到南京瞻睿眼科医院官网白内障中心：025-1234567"));
        // a chat widget's greeting: "您好，欢迎咨询福州和瑞妇产医院。"
        assertEquals(Optional.of("福州和瑞妇产医院"), finder.find(OwnerHints.titleOnly("预约挂号_和瑞妇产医院"),
                "提交预约\n在线客服\n值班医生 您好，欢迎咨询福州和瑞妇产医院。如需预约，请留下姓名和电话。"));
    }

    @Test
    void anInstitutionNameGrowsOnlyByItsCity() {
        assertEquals(Optional.of("太原福沁堂养生馆"), finder.find(OwnerHints.titleOnly("福沁堂养生馆"),
                "太原福沁堂养生馆地址：小店区\n福沁堂养生馆会员服务中心：0351-70253681"));
    }

    @Test
    void titleSegmentRepeatedAsLogoAltNamesTheSite() {
        OwnerHints hints = new OwnerHints(Optional.empty(), "记者暗访：小区“美容工作室”里打水光针、瘦脸针 - 蔚城融媒",
                List.of("蔚城融媒"), Optional.empty());
        assertEquals(Optional.of("蔚城融媒"), finder.find(hints,
                "记者暗访：小区“美容工作室”里打水光针\n对该“工作室”进行了查处\n蔚城融媒新闻热线：0760-88226600"));
    }

    @Test
    void lecturesSiteSectionsAndClausesAreNoInstitutions() {
        assertEquals(false, InstitutionNames.isInstitution("福满楼酒店三楼宴会厅举办健康大讲堂"));
        assertEquals(true, InstitutionNames.isInstitution("同仁堂"));
        assertEquals(false, InstitutionNames.isInstitution("案例中心"), "a site's section");
        assertEquals(true, InstitutionNames.isInstitution("仁和体检中心"));
        assertEquals(false, InstitutionNames.isInstitution("或者直接打医院"), "a clause running into the kind");
        assertEquals(false, InstitutionNames.isInstitution("那天我在医院"));
        assertEquals(true, InstitutionNames.isInstitution("深圳市福田區頤康中醫門診部"), "traditional characters");
    }

    @Test
    void headlineTitleSegmentIsNoOwnerHint() {
        assertEquals(Optional.empty(), finder.find(OwnerHints.titleOnly("小区“美容工作室”里打水光针、瘦脸针"),
                "对该“美容工作室”进行了查处"));
    }

    @Test
    void hospitalAnsweringOnAPortalInItsOwnVoiceIsTheAdvertiser() {
        assertEquals(Optional.of("榆川康泰风湿病医院"), finder.find(OwnerHints.titleOnly("类风湿能治好吗_问医生_百问健康网"),
                "回答医生：榆川康泰风湿病医院 风湿科 王医生\n我院采用独家疗法，欢迎来院面诊，预约电话：0371-5550123\n百问健康网 版权所有"));
    }

    @Test
    void portalNamingAHospitalInANewsStoryStaysTheAdvertiser() {
        assertEquals(Optional.of("百问健康网"), finder.find(OwnerHints.titleOnly("市人民医院开展义诊_百问健康网"),
                "近日，榆川市人民医院在广场开展义诊。报料电话：0371-5550000\n百问健康网 版权所有"));
    }

    @Test
    void aCountedKindIsNoInstitutionName() {
        // "一个男科医院" says what kind of place, not which: the forum stays the owner
        assertEquals(Optional.of("泊湾论坛"), finder.find(OwnerHints.titleOnly("前列腺炎求助 - 健康交流 - 泊湾论坛"),
                "楼主 我在网上找了一个男科医院，客服让我在线预约挂号。大家觉得怎么样？\n泊湾论坛 版权所有"));
    }

    @Test
    void complaintThreadDoesNotPromoteTheHospitalItAccuses() {
        assertEquals(Optional.of("泊湾论坛"), finder.find(
                OwnerHints.titleOnly("在泊湾仁和妇科医院被坑六千，怎么维权 - 百姓呼声 - 泊湾论坛"),
                "楼主 泊湾仁和妇科医院网站上写“预约挂号检查全免”，结果开了六千多的药。\n泊湾论坛 版权所有"));
    }

    @Test
    void patientPostOnAForumSendingReadersToAHospitalNamesTheHospital() {
        assertEquals(Optional.of("泊湾仁和妇科医院"), finder.find(
                OwnerHints.titleOnly("分享：多年的盆腔炎终于好了 - 健康交流 - 泊湾论坛"),
                "楼主 在泊湾仁和妇科医院调理了两个疗程就好了，预约电话：0755-2661234\n泊湾论坛 版权所有"));
    }

    @Test
    void aStreetAddressBeforeTheShopNameIsNoRegisteredName() {
        // "X市X区X路N号店名" is where the shop is; the account's fuller name the page prints is who it is
        assertEquals(Optional.of("汀州悦禾堂养生会所"), finder.find(wechat("悦禾堂养生", "入秋艾灸正当时"),
                "门店地址：汀州市鹭江区湖滨路12号悦禾堂（地铁站A口）\n汀州悦禾堂养生会所"));
        assertEquals("悦禾堂", RegisteredNames.trimLeadingClause("汀州市鹭江区湖滨路12号悦禾堂"));
    }

    @Test
    void bloggerSendingReadersToAClinicNamesTheClinic() {
        assertEquals(Optional.of("榆溪美莱医疗美容诊所"), finder.find(wechat("阿桃爱分享", "我的祛斑日记"),
                "上个月朋友带我去榆溪美莱医疗美容诊所做了光子嫩肤，效果超好。\n到店报我名字有优惠，预约电话：0531-5550777"));
    }

    @Test
    void clauseBeforeAPrintedNameIsNotPartOfIt() {
        assertEquals(Optional.of("沅梧仁济肿瘤医院"), finder.find(wechat("沅梧仁济肿瘤医院", "抗癌故事"),
                "老李在沅梧仁济肿瘤医院接受了治疗。"));
        assertEquals("棠溪和美口腔门诊部", RegisteredNames.trimLeadingClause("昨天被同事拉去棠溪和美口腔门诊部"));
        assertEquals("来福堂", RegisteredNames.trimLeadingClause("来福堂"));
    }

    @Test
    void logoAltRepeatingATitleSegmentBeatsAnotherTitleSegment() {
        OwnerHints hints = new OwnerHints(Optional.empty(), "澄江博爱妇产医院_澄江妇科医院",
                List.of("澄江博爱妇产医院"), Optional.empty());
        assertEquals(Optional.of("澄江博爱妇产医院"), finder.find(hints, "澄江博爱妇产医院 预约电话：0871-5550188"));
    }

    @Test
    void shopPageTitledByItsProductIsOwnedByTheCompanyItPrints() {
        assertEquals(Optional.of("湘楚康宁制药有限公司"), finder.find(OwnerHints.titleOnly("复方鱼腥草片 OTC"),
                "湘楚康宁制药有限公司 进店逛逛\n复方鱼腥草片 ¥19.90 立即购买\n生产企业：湘楚康宁制药有限公司"));
    }

    @Test
    void forumPosterPassingOnAHospitalsNumberNamesTheHospital() {
        assertEquals(Optional.of("榕城安康耳鼻喉医院"), finder.find(
                OwnerHints.titleOnly("打鼾十年终于好了 - 榕城论坛 - 健康"),
                "楼主\n朋友介绍我去了榕城安康耳鼻喉医院，做完睡得可香了。想去的可以打他们家电话 0591-83307722，说找张主任。\n榕城论坛"));
    }

    @Test
    void aPlantedReplyOnAThreadNamesTheClinicItPushesNotThePublicHospitalItBorrows() {
        assertEquals(Optional.of("甬城齿康口腔"), finder.find(
                OwnerHints.titleOnly("孩子牙齿矫正求推荐，宁波哪家靠谱？ - 宁波生活论坛"),
                "发表于 2026-7-3 21:14\n女儿9岁，牙医说是地包天。想问问大家在宁波哪里做的早期矫正？\n甬城齿康口腔-小周\n"
                        + "发表于 2026-7-4 09:12\n家长您好，可以来我们甬城齿康口腔看看，不用排队。市第一医院口腔科主任每周六来院坐诊。"
                        + "预约电话0574-87351234。\n回复\n发表于 2026-7-4 12:40\n谢谢二楼，我先去市口腔医院挂个号。\n"
                        + "© 2001-2026 宁波生活论坛　浙ICP备12034567号"));
    }

    @Test
    void aPostsTagInBracketsIsNoProductsName() {
        Optional<String> found = finder.find(OwnerHints.titleOnly("【分享】吃某药半年的经历 - 抗癌论坛"),
                "楼主\n【分享】吃某药半年的经历\n我妈吃了两个月指标降了，他们家叫康泰海外药房，推荐给病友，加他V：abc_12345 或者打 13900000000，报我名字就行。\n"
                        + "回复\n抗癌论坛");
        assertTrue(found.filter("分享"::equals).isEmpty(), found::toString);
    }

    @Test
    void aDoctorAnsweringOnAQandASiteNamesTheClinicOnTheAnswerCard() {
        assertEquals(Optional.of("北京华仁中医门诊部"), finder.find(OwnerHints.titleOnly("颈椎病小针刀能根治吗？ - 问医网"),
                "女，45岁，脖子僵硬两年。\n王建华 医生｜北京华仁中医门诊部 疼痛科\n你好，小针刀一般1-2次即可痊愈。"
                        + "有问题可以打电话010-63305218详细咨询。\n问医网　京ICP备15033012号-3"));
        // a doctor's profile on a hospital's own platform is the platform's page, not a Q&A answer
        assertEquals(Optional.empty(), finder.find(OwnerHints.titleOnly("杨建华_消化内科"),
                "医生主页\n杨建华\n主任医师\n消化内科 · 贵阳黔医通中医医院\n胃炎").filter(n -> n.equals("贵阳黔医通中医医院")));
    }

    @Test
    void aPortalStoryClosingWithAHospitalsHotlineBoxNamesTheHospital() {
        assertEquals(Optional.of("郑州仁和肿瘤医院"), finder.find(OwnerHints.titleOnly("晚期胃癌五年，我还活着_健康生活网"),
                "来源：读者投稿\n后来一个病友介绍，我是在郑州仁和肿瘤医院重新捡回一条命的。\n"
                        + "郑州仁和肿瘤医院 咨询热线：0371-55908866\n健康生活网 版权所有"));
    }

    @Test
    void aPortalPieceMarkedAsAPartnersNamesTheHospitalItSells() {
        assertEquals(Optional.of("望海美华妇科医院"), finder.find(OwnerHints.titleOnly("意外怀孕别慌张，选对医院很重要 - 望海生活网"),
                "意外怀孕别慌张，选对医院很重要\n望海生活网 > 健康 > 女性健康\n2026-10-20 来源：合作稿件 阅读 5618\n"
                        + "23岁的小林在网上查了很多资料，最终选择了望海美华妇科医院。据望海美华妇科医院妇科主任介绍，该院采用可视技术。\n"
                        + "预约电话：0731-5552 4490\n望海生活网 © 2026 望海城市生活传媒有限公司"));
    }

    @Test
    void aFederationSigningItsNoticeIsItsPublisherNotTheHospitalsItNames() {
        assertEquals(Optional.of("澜州市残疾人联合会"), finder.find(OwnerHints.titleOnly("关于开展复明手术救助工作的通知"),
                "二、救助标准。每例单眼手术补助1200元，由定点医院在结算时直接减免。\n三、定点医院。澜州市第一人民医院、澜州市中医院。\n"
                        + "联系人：康复部 蒋科长 电话：0552-3041386\n澜州市残疾人联合会\n2026年8月5日\n澜州市残疾人联合会主办"));
    }

    @Test
    void aClauseEndingInComingToHospitalIsNoName() {
        assertEquals(Optional.of("澜州视康眼科门诊部"), finder.find(OwnerHints.titleOnly("白内障要等熟透再做？医生：这个误区害了很多老人"),
                "视康眼科\n很多老人一拖再拖，直到几乎看不见才来医院。\n澜州视康眼科门诊部的医生介绍，现在的白内障手术切口不到3毫米。\n"
                        + "预约电话：0552-3198866"));
    }

    @Test
    void aPortalPieceAHospitalWroteWithItsBookingLineUnderTheCreditNamesTheHospital() {
        assertEquals(Optional.of("南宁康仁皮肤病医院"), finder.find(OwnerHints.titleOnly("生殖器疱疹为什么总复发？医生讲清楚了_康知健康网"),
                "来源：康知健康网\n生殖器疱疹主要由单纯疱疹病毒2型引起。南宁康仁皮肤病医院皮肤性病科采用免疫阻断疗法。"
                        + "（本文由南宁康仁皮肤病医院皮肤性病科供稿）\n预约挂号：0771-55547890\n康知健康网 桂ICP备2019055527号-1"));
        // a portal's own science piece that only names a hospital, with the portal's own line, is the portal's
        assertEquals(Optional.of("康知健康网"), finder.find(OwnerHints.titleOnly("生殖器疱疹为什么总复发？_康知健康网"),
                "来源：康知健康网\n生殖器疱疹主要由单纯疱疹病毒2型引起，可到正规医院皮肤科就诊。\n"
                        + "康知健康网 版权所有 联系电话：0771-55540000"));
    }

    @Test
    void aDealPlatformsMerchantCardNamesTheMerchant() {
        assertEquals(Optional.of("青岚茗草堂茶庄"), finder.find(OwnerHints.titleOnly("【茗草堂】桑叶苦瓜降糖茶团购-惠团网"),
                "惠团网 > 青岚 > 特产茶叶 > 茗草堂茶庄\n团购价 ¥59\n商家介绍\n茗草堂茶庄专为三高人群调配降糖茶。\n"
                        + "商家：\n青岚茗草堂茶庄\n电话：\n0736-5550 8812\n帮助中心 | 商家合作\n惠团网©2026 长沙惠团电子商务有限公司"));
    }

    @Test
    void aClassifiedListingOfAnEventNamesItsOrganizer() {
        assertEquals(Optional.of("福寿康（安阳）健康科技有限公司"), finder.find(
                OwnerHints.titleOnly("【好消息】老年人关节健康讲座 到场送鸡蛋 - 殷都分类信息网"),
                "殷都分类信息网 > 本地服务 > 讲座活动\n主办：福寿康（安阳）健康科技有限公司\n到场即送10个鸡蛋。"
                        + "报名电话：15938016625（王经理）\n殷都分类信息网　豫ICP备12003648号"));
    }

    @Test
    void aSpeakersPointerIsNoName() {
        assertEquals(Optional.of("襄南康泰肛肠医院"), finder.find(OwnerHints.titleOnly("便血是痔疮吗？ - 知乎"),
                "我们医院做这个很多年了。有问题可以直接打我们医院电话 0710-3326610（襄南康泰肛肠医院）"));
    }

    @Test
    void anUnclosedBracketStartsTheName() {
        assertEquals("青禾美容工作室", RegisteredNames.trimLeadingClause("B座1203（青禾美容工作室"));
        assertEquals("沅江仁爱男科医院", RegisteredNames.trimLeadingClause("号行政处罚决定书（沅江仁爱男科医院"));
        assertEquals("沅江仁爱男科医院", RegisteredNames.trimLeadingClause("沅江仁爱男科医院"));
    }

    @Test
    void aFieldLabelIsNotPartOfTheName() {
        assertEquals(Optional.of("威海滨海口腔医院"), finder.find(OwnerHints.titleOnly("机构信息"),
                "医疗机构名称威海滨海口腔医院 版权所有"));
    }

    @Test
    void theBodyThatIssuesAPenaltyPublishesIt() {
        assertEquals(Optional.of("沅江市市场监督管理局"), finder.find(
                OwnerHints.titleOnly("沅市监处〔2026〕8号行政处罚决定书（沅江仁爱男科医院违法广告案）"),
                "当事人：沅江仁爱男科医院\n当事人宣称“本院治愈率98%”，报销来院车费。\n主办：沅江市市场监督管理局"));
    }

    @Test
    void aSponsorPrintedBeforeTheWordOutranksTheSiteName() {
        assertEquals(Optional.of("湘中师范大学"), finder.find(OwnerHints.titleOnly("我校举办心理健康周-湘中师范大学新闻网"),
                "来源：心理中心\n湘中师范大学党委宣传部 主办 地址：湘中市学府路1号"));
        assertEquals(Optional.of("云溪市科学技术协会"), finder.find(OwnerHints.titleOnly("冬季流感怎么防"),
                "勤洗手，多通风。\n本文由云溪市科学技术协会科普部出品"));
    }

    @Test
    void aShopOnAReviewPlatformIsTheAdvertiserByItsLicence() {
        assertEquals(Optional.of("洛阳市西工区安和堂养生馆"), finder.find(
                OwnerHints.titleOnly("安和堂推拿养生馆(中州路店) - 洛阳 - 美团网"),
                "安和堂推拿养生馆(中州路店)\n电话：0379-63398217\n营业执照：洛阳市西工区安和堂养生馆（个体工商户）\n©美团网"));
    }

    @Test
    void aTitleKeywordThePageNeverPrintsGivesWayToTheRegisteredName() {
        String title = "杭州绿萝植发-杭州植发医院-发际线种植";
        assertEquals(Optional.of("杭州绿萝医疗美容门诊部有限公司"), finder.find(OwnerHints.titleOnly(title),
                title + "\n发际线种植，自然浓密。\n杭州绿萝医疗美容门诊部有限公司　地址：杭州市西湖区文三路8号"));
    }

    @Test
    void aBrandPrintedWithItsRegisteredNameInBracketsIsGivenAsRegistered() {
        assertEquals("芜湖仁心堂中医诊所", RegisteredNames.registeredInBrackets("仁心堂国医馆",
                "欢迎到馆咨询。\n仁心堂国医馆（芜湖仁心堂中医诊所）地址：芜湖市镜湖区"));
        assertEquals("仁心堂国医馆", RegisteredNames.registeredInBrackets("仁心堂国医馆",
                "仁心堂国医馆（芜湖市中医医院协作单位）"), "a bracket naming another institution is no registered name");
    }

    @Test
    void aBareBranchIsGivenAsItsChain() {
        assertEquals("百姓缘大药房", RegisteredNames.chainOfBranch("解放路店", "百姓缘大药房（解放路店）药品价格公示"));
        assertEquals("步行街店", RegisteredNames.chainOfBranch("步行街店", "我们去了（步行街店）看看"), "no chain before the bracket");
        assertEquals("颐和堂养生会所", RegisteredNames.chainOfBranch("颐和堂养生会所", "颐和堂养生会所（和平店）"));
        assertEquals("栖芽皮肤护理中心", RegisteredNames.chainOfBranch("天河店", "栖芽皮肤护理中心_天河店\n欢迎访问天河店"),
                "a title's chain before its branch");
    }

    @Test
    void aNameCutShortIsGivenInTheFullestFormALineOpensWith() {
        assertEquals("知心驿站心理咨询工作室", RegisteredNames.fullestInText("知心驿站心理咨询",
                "知心驿站心理咨询\n知心驿站心理咨询工作室由国家二级心理咨询师刘老师创办。"));
        assertEquals("大连康寿堂健康管理有限公司", RegisteredNames.fullestInText("康寿堂健康",
                "康寿堂健康\n大连康寿堂健康管理有限公司诚邀您参加“中医养生大讲堂”。"));
        assertEquals("南京康和中医诊所", RegisteredNames.fullestInText("康和中医诊所", "南京康和中医诊所三伏贴7月15日开贴。"));
        assertEquals("桐山县公安局", RegisteredNames.fullestInText("桐山县公安局", "桐山县公安局反诈中心提醒"),
                "a complete name does not grow into another body");
        assertEquals("蔺州康脊骨科医院", RegisteredNames.fullestInText("蔺州康脊骨科医院", "本期邀请蔺州康脊骨科医院专家"),
                "words opening the line are no place");
        assertEquals("贵阳黔生不孕不育医院", RegisteredNames.fullestInText("贵阳黔生不孕不育医院", "关于贵阳黔生不孕不育医院"));
        assertEquals("临江市第一人民医院", RegisteredNames.fullestInText("临江市第一人民医院", "作者系临江市第一人民医院医生"));
    }

    @Test
    void aNameCutInsideItsBracketLosesTheBracket() {
        assertEquals(Optional.of("小白熊口腔"), finder.find(OwnerHints.titleOnly("品牌故事 - 小白熊口腔"),
                "品牌故事 - 小白熊口腔\n小白熊在成都、重庆、贵阳有了9家门诊部。\n小白熊口腔（集团）"));
    }

    @Test
    void aClinicTheWriterRecommendsWithItsBookingLineIsTheAdvertiser() {
        String title = "律师提醒：做医美前，这三点一定要看清！ | 张律师说法";
        String text = title + "\n那么，到底去哪里做才放心？\n这里给大家推荐成都悦妍医疗美容门诊部，华西医院专家定期坐诊。"
                + "\n悦妍预约电话：028-85551234\n张律师说法 © 2026 蜀ICP备2024012345号-1";
        assertEquals(Optional.of("成都悦妍医疗美容门诊部"), finder.find(OwnerHints.titleOnly(title), text));
        String news = title + "\n记者走访了成都悦妍医疗美容门诊部。\n预约电话：028-85551234\n张律师说法 © 2026";
        assertEquals(Optional.of("张律师说法"), finder.find(OwnerHints.titleOnly(title), news),
                "a clinic only named, not recommended, does not advertise on another's page");
    }

    @Test
    void aComplaintPostIsPublishedByItsPlatform() {
        assertEquals(Optional.of("消费保投诉平台"), finder.find(
                OwnerHints.titleOnly("沈阳博康男科医院承诺包治，治不好拒不退款 - 消费保投诉平台"),
                "沈阳博康男科医院\n我在沈阳博康男科医院花了两万，说包治，结果没好。沈阳博康男科医院拒不退款。"));
    }

    @Test
    void aCourtSponsoringItsSiteIsNamedOverTheSiteName() {
        assertEquals(Optional.of("宁溪市青山区人民法院"), finder.find(OwnerHints.titleOnly("某某医疗损害责任纠纷一审民事判决书 - 宁溪法院网"),
                "本院认为：被告不具备医疗美容资质。\n宁溪市青山区人民法院 主办 浙ICP备15000000号"));
    }

    @Test
    void theFullRegisteredFormPrintedIsPreferred() {
        assertEquals("临江康齿口腔门诊部有限公司",
                RegisteredNames.withCompanyForm("临江康齿口腔门诊部", "地址：滨江路8号\n临江康齿口腔门诊部有限公司 版权"));
        assertEquals("临江康齿口腔门诊部", RegisteredNames.withCompanyForm("临江康齿口腔门诊部",
                "临江康齿口腔门诊部管理有限公司"), "another word between makes another company");
        assertEquals(Optional.of("临江康齿口腔门诊部有限公司"), finder.find(wechat("康齿口腔", "种植牙集采来了"),
                "预约电话：0553-5861302，欢迎来院咨询。\n临江康齿口腔门诊部有限公司"));
    }

    @Test
    void anAccountNamedForItsBrandIsRunByTheRegisteredInstitutionSharingIt() {
        assertEquals(Optional.of("抚州市临川区仁济正骨中医诊所"), finder.find(wechat("仁济正骨堂", "腰突十年"),
                "经老乡介绍找到了仁济正骨堂的老先生。\n地址：抚州市临川区赣东大道××号（仁济正骨堂）\n抚州市临川区仁济正骨中医诊所"));
        assertEquals("仁济正骨堂", RegisteredNames.registeredBehindBrand("仁济正骨堂", List.of("抚州市临川区仁和中医诊所")),
                "two characters and a city are no shared brand");
    }

    @Test
    void aNewsSiteSharingOnlyItsCityWithAHospitalIsNotThatHospital() {
        assertEquals(Optional.of("临安康宁骨科医院"), finder.find(
                OwnerHints.titleOnly("颈椎病不用开刀 临安康宁骨科医院微创技术惠及患者_健康频道_临安在线"),
                "临安在线首页\n记者近日走访了位于临安市北门路的临安康宁骨科医院。该院是临安市人民医院骨科协作医院，"
                        + "现每周均可接诊，市民可拨打0571-85567012咨询预约。\n临安在线 版权所有"));
    }

    @Test
    void aLicenceShownAsACredentialNamesTheRegisteredShop() {
        // no colon after 营业执照, and a bracket the footer leaves open after the name
        assertEquals(Optional.of("宁州青柚美容服务有限公司"), finder.find(OwnerHints.titleOnly("青柚轻医美工作室（西湖店）- 美遇"),
                "青柚轻医美工作室（西湖店）\n水光针 ¥299\n商家资质：营业执照 宁州青柚美容服务有限公司（经营范围：生活美容服务）\n美遇 © 2026"));
    }

    @Test
    void aServiceDepartmentIsTheRegisteredFormOfAnIndividualBusiness() {
        assertEquals(Optional.of("鹿城市青山区艾叶堂养生保健服务部"), finder.find(OwnerHints.titleOnly("艾叶堂艾灸养生馆--鹿城艾灸 调理"),
                "[img:艾叶堂艾灸养生馆]\n艾叶堂选用五年陈艾。\n鹿城市青山区艾叶堂养生保健服务部　电话：0472-5118826"));
        assertEquals("鹿城艾叶堂养生用品经营部", RegisteredNames.registered("艾叶堂", List.of("鹿城艾叶堂养生用品经营部")));
    }

    @Test
    void aBrandNamedForAnUnlicensedKindGivesWayToTheLicensedInstitutionOfItsBrand() {
        // a bare 门诊 is a shop sign; the licence says 诊所 or 门诊部
        assertEquals(Optional.of("琼南美兰长高儿科诊所"), finder.find(OwnerHints.titleOnly("长高儿童成长门诊-琼南儿童增高"),
                "全国咨询热线 0898-66218870\n骨龄评估，科学增高。\n琼南美兰长高儿科诊所　地址：琼南市美兰区海府路86号"));
        // 国医馆 is a brand, even where the title and the logo both give it
        assertEquals(Optional.of("辽滨仁济堂中医诊所"), finder.find(
                new OwnerHints(Optional.empty(), "仁济堂国医馆——传承古方", List.of("仁济堂国医馆"), Optional.empty()),
                "辽滨仁济堂中医诊所（仁济堂国医馆）\n仁济堂国医馆坐落于辽滨市西岗区。\n辽滨仁济堂中医诊所　电话：0411-82713599"));
        assertEquals(Optional.empty(), RegisteredNames.licensedBehindBrand("仁济堂国医馆", List.of("辽滨仁和中医诊所")),
                "two shared characters are no brand");
        assertEquals(Optional.empty(), RegisteredNames.licensedBehindBrand("仁济堂中医门诊部", List.of("辽滨仁济堂中医诊所")),
                "a licensed form stands as printed");
    }

    @Test
    void aJudgmentIsPublishedByTheCourtThatIssuesIt() {
        assertEquals(Optional.of("闽南省泉川市清溪区人民法院"), finder.find(
                OwnerHints.titleOnly("王某与泉川某某口腔门诊部有限公司医疗服务合同纠纷一审民事判决书"),
                "王某与泉川某某口腔门诊部有限公司医疗服务合同纠纷一审民事判决书\n闽南省泉川市清溪区人民法院\n民事判决书\n"
                        + "被告：泉川某某口腔门诊部有限公司。\n本院认为：被告应按约承担重新种植义务。"));
        // a field's label is no court: "审理法院：X中级人民法院"
        assertEquals(Optional.of("霁川市中级人民法院"), finder.find(
                OwnerHints.titleOnly("霁川某医院有限公司与霁川市市场监督管理局行政处罚二审行政判决书"),
                "裁判文书\n审理法院：霁川市中级人民法院　案号：（2026）行终118号\n上诉人：霁川某医院有限公司。"
                        + "\n被上诉人：霁川市市场监督管理局。"));
    }

    @Test
    void thePlaceANoteOrVideoPinsIsWhatItPromotes() {
        assertEquals(Optional.of("鹏城美丽优选医疗美容门诊部"), finder.find(
                new OwnerHints(Optional.empty(), "@鹏城小鱼爱变美 的作品 - 抖趣", List.of("热玛吉探店"), Optional.empty()),
                "@鹏城小鱼爱变美\n鹏城热玛吉探店｜做完直接上班 #热玛吉\n📍鹏城美丽优选医疗美容门诊部\n"
                        + "我上周刚在美丽优选做的热玛吉。\n预约电话：0755-83219876"));
        // the shop card under a note's product link sells what the note praises
        assertEquals(Optional.of("植萃坊旗舰店"), finder.find(OwnerHints.titleOnly("亲测！喝这个酵素30天瘦了16斤 - 小绿书"),
                "姐妹们！128斤到112斤\n🛒同款链接👇 植萃坊旗舰店 果蔬酵素原液 ¥69\n© 2014-2026 小绿书 沪ICP备2013021277号-9"));
        // a pinned address is no name
        assertEquals(Optional.of("青柚皮肤管理"), finder.find(OwnerHints.titleOnly("青柚皮肤管理"),
                "📍拱墅区湖墅南路301号2楼（地铁1号线武林广场站D口）\n小气泡清洁一次68"));
    }

    @Test
    void aSourceThePagePrintsAgainInItsFooterNamesTheSite() {
        assertEquals(Optional.of("岭南健康科普联盟"), finder.find(OwnerHints.titleOnly("看到“根治”，先打个问号"),
                "来源：岭南健康科普联盟　作者：健康科普编辑部　2026-09-18\n慢性病大多需要长期管理。\n"
                        + "岭南健康科普联盟　粤ICP备2024012980号-1"));
        assertEquals(Optional.empty(), finder.find(OwnerHints.titleOnly("看到“根治”，先打个问号"),
                "来源：岭南健康科普联盟　作者：健康科普编辑部\n慢性病大多需要长期管理。"), "a source printed once is a credit");
        assertEquals(Optional.empty(), finder.find(OwnerHints.titleOnly("看到“根治”，先打个问号"),
                "来源：学校招生就业处\n慢性病大多需要长期管理。\n学校招生就业处 地址：学府路1号"), "a department publishes for its organisation");
    }

    @Test
    void anAccountsProfileCardNamesTheBodyWhoseAccountItIs() {
        assertEquals(Optional.of("琼南市椰林区卫生健康委员会"), finder.find(wechat("椰林卫健", "典型案例通报"),
                "椰林卫健\n近期，琼南市椰林区卫生健康委员会联合市场监管部门开展专项检查。\n"
                        + "功能介绍\n琼南市椰林区卫生健康委员会政务公众号。"));
    }

    @Test
    void theMerchantOfAMarketplaceListingAdvertisesNotTheMarketplace() {
        assertEquals(Optional.of("妇宁康官方旗舰店"), finder.find(OwnerHints.titleOnly("妇宁康草本抑菌凝胶 3g×7支 - 优品汇商城"),
                "优品汇\n首页\n妇宁康官方旗舰店\n★4.7\n关注店铺\n联系客服\n¥89 已售10万+\n"
                        + "优品汇客服热线：400-700-3185\n© 2026 优品汇商城"));
        // the company the listing prints with the store's brand runs the store
        assertEquals(Optional.of("深圳鼻康宁医疗器械有限公司"), finder.find(OwnerHints.titleOnly("鼻康宁喷剂 - 康购商城"),
                "鼻康宁官方旗舰店\n进店逛逛\n生产企业：深圳鼻康宁医疗器械有限公司\n©2026 康购商城"));
        // a deal platform's merchant section, where the title leads with the same shop
        assertEquals(Optional.of("童康小儿推拿"), finder.find(OwnerHints.titleOnly("童康小儿推拿 积食咳嗽调理5次卡 - 同城惠"),
                "同城惠\n亲子\n> 童康小儿推拿\n¥299\n立即购买\n商家介绍\n童康小儿推拿，传承三代中医手法。\n©2026 同城惠"));
        // a sentence in that section is no name
        assertEquals(Optional.of("伊曼妮美容店"), finder.find(OwnerHints.titleOnly("伊曼妮美容店 - 同城惠"),
                "商家介绍\n伊曼妮是一家专注女性面部管理的精品会所，\n地址：禅城区\n伊曼妮美容店"));
    }

    @Test
    void theClinicOverItsPracticeLicenceAdvertisesOnAMedicalBeautyApp() {
        assertEquals(Optional.of("杭州悦颜医疗美容诊所"), finder.find(OwnerHints.titleOnly("杭州悦颜医疗美容诊所 热玛吉 - 轻颜"),
                "轻颜 · 正规医美选轻颜\n热玛吉五代 ¥12800\n杭州悦颜医疗美容诊所\n私立 | 医疗美容诊所 | 上城区\n"
                        + "咨询电话：0571-86093317\n医疗机构执业许可证登记号：PDY80231433010215D2152\n| ©2026 深圳轻颜科技有限公司"));
    }

    @Test
    void aCopyrightLineNamesABrandWhereNoInstitutionIsNamed() {
        assertEquals(Optional.of("燃动健康"), finder.find(OwnerHints.titleOnly("燃动健康 · 21天减脂训练营 | 不节食 不吃药 科学减重"),
                "21天减脂训练营 第38期火热报名中\n报名热线：400-052-8869\n© 2026 燃动健康 版权所有"));
        // a phone number ending the line above is no holder of the copyright the next line states
        assertEquals(Optional.of("启航青少年成长学校"), finder.find(OwnerHints.titleOnly("启航青少年成长学校-叛逆孩子教育|戒网瘾学校|厌学矫正"),
                "招生老师：13983172450　电话：023-68521093\n版权所有 启航青少年成长学校"));
    }

    @Test
    void aBusinessPostingOnAForumOrADirectoryAdvertisesItself() {
        assertEquals(Optional.of("赵氏祖传皮肤病专科"), finder.find(OwnerHints.titleOnly("祖传中药外用 专治牛皮癣湿疹 - 便民广告 - 禾丰论坛"),
                "禾丰论坛 › 便民广告 › 帖子\n楼主：赵氏祖传皮肤病专科　发表于 2026-10-05\n电话：138 5396 4471\n禾丰论坛\n帖子内容由网友发布，与本站无关"));
        // the listing's note on its poster is no part of the name
        assertEquals(Optional.of("梧源济世堂中医诊所"), finder.find(OwnerHints.titleOnly("济世堂中医诊所 专治牛皮癣 - 梧源同城网"),
                "梧源同城网 > 健康医疗 > 信息详情\n2026-10-05 发布 | 浏览 1290 | 发布者：梧源济世堂中医诊所（商家）\n"
                        + "电话：13307935218\n梧源同城网"));
        // a member's name is no business
        assertEquals(Optional.of("禾丰论坛"), finder.find(OwnerHints.titleOnly("我爸的牛皮癣 - 禾丰论坛"),
                "楼主：老张头　发表于 2026-10-05\n谁知道哪里能治牛皮癣？\n禾丰论坛"));
        assertEquals(Optional.of("康泰中医理疗馆"), finder.find(OwnerHints.titleOnly("康泰中医理疗馆 - 柏坪便民网商家"),
                "康泰中医理疗馆 - 柏坪便民网商家\n柏坪便民网 › 商家黄页 › 养生保健\n康泰中医理疗馆\n推拿正骨 80元/次\n柏坪便民网 版权所有\n商家信息由商家自行发布，请注意甄别"));
    }

    @Test
    void aClassifiedsSitesListingIsTheBusinessItNamesNotTheSite() {
        // the business the listing's text opens with; the section's kind ("中医诊所") and the site are no names
        assertEquals(Optional.of("黔岫李氏中医诊所"), finder.find(OwnerHints.titleOnly("祖传中医专治糖尿病 - 黔岫医疗保健 - 黔岫分类网"),
                "黔岫分类网\n黔岫分类网 > 医疗保健 > 中医诊所 > 信息详情\n祖传中医专治糖尿病\n联系人：李医生\n联系电话：13885017736\n"
                        + "黔岫李氏中医诊所，三代祖传秘方，专治糖尿病。\n本站提醒：交易前请核实对方资质。\n黔岫分类网版权所有"));
        // the maker of what the listing sells; the company behind the site prints every listing
        assertEquals(Optional.of("沅川康之源保健品有限公司"), finder.find(OwnerHints.titleOnly("铬酵母片厂家直销 - 沅川城里分类网"),
                "城里分类网 > 商务服务 > 保健品批发\n康之源牌铬酵母片（保健食品）由沅川康之源保健品有限公司生产。\n订购热线：0735-55529017\n"
                        + "温馨提示：城里分类网仅提供信息发布平台。\n城里分类网©2026青岚城里信息服务有限公司"));
        // the unit a listing's form names, its fields one after another
        assertEquals(Optional.of("江州康泰生物技术工作室"), finder.find(OwnerHints.titleOnly("癌症晚期不要放弃 - 江州分类信息网"),
                "江州分类信息网 > 生活服务 > 医疗健康\n标题 癌症晚期不要放弃 商家 江州康泰生物技术工作室联系人李先生13600001122\n江州分类信息网"));
        // a flat to let near a public hospital: the hospital is a landmark, the site is all the page names
        assertEquals(Optional.of("桐川信息港"), finder.find(OwnerHints.titleOnly("第一人民医院旁两室一厅出租 - 桐川信息港"),
                "桐川信息港 > 房屋出租 > 详情\n距桐川市第一人民医院步行5分钟。\n联系人：王女士\n电话：13800007788\n桐川信息港"));
    }

    @Test
    void aMerchantsEventNoticeOnANeighbourhoodBoardIsItsOrganizers() {
        assertEquals(Optional.of("溆川瑞生源生物科技有限公司"), finder.find(OwnerHints.titleOnly("枫林社区邻里公告 - 细胞抗衰老讲座"),
                "首页 > 邻里公告 > 商家活动\n发布：瑞生源健康顾问 | 2026-10-21 | 分类：商家活动\n"
                        + "各位叔叔阿姨：溆川瑞生源生物科技有限公司将于10月30日在枫林社区活动中心举办健康讲座。\n报名：0748-3619905\n枫林社区邻里网"));
    }

    @Test
    void aForumPosterWhoseHandleIsACompanysBrandPostsForThatCompany() {
        assertEquals(Optional.of("溆川福寿康健康科技有限公司"), finder.find(OwnerHints.titleOnly("【邀请函】免费养生讲座 - 社区公告栏 - 溆川生活圈"),
                "溆川生活圈 › 社区公告栏 › 帖子详情\n发布者：福寿康小周\n为感恩回馈社会，溆川福寿康健康科技有限公司联合多家单位举办公益养生讲座。\n"
                        + "报名电话：0748-3326519\n溆川生活圈版权所有"));
    }

    @Test
    void anAccountsArticleOnItsOwnEventNamesTheCompanyThatHoldsIt() {
        assertEquals(Optional.of("溆川松龄康健生物科技有限公司"), finder.find(wechat("松龄康健", "第36期健康大讲堂圆满落幕"),
                "9月27日上午，由溆川松龄康健生物科技有限公司主办的第36期健康大讲堂在溆川国际大酒店举行。\n报名请致电：0748-5563120"));
    }

    @Test
    void aHospitalsNameRunIntoThePublicHospitalItClaimsAsPartnerIsItsOwnName() {
        assertEquals(Optional.of("沂澄京华医院"), finder.find(OwnerHints.titleOnly("儿童多动症诊疗中心-沂澄京华医院"),
                "沂澄京华医院沂澄市第二人民医院儿童多动症诊疗协作中心 咨询：0539-8397705\n首页 > 儿童多动症\n"
                        + "预约电话：0539-8397705\n沂澄京华医院 地址：沂澄市兰川区金雀山路99号"));
    }

    @Test
    void aPlantedStoryAdvertisesThePrivateHospitalItPraisesNotTheCityHospitalItLeft() {
        assertEquals(Optional.of("察苏华康心身医院"), finder.find(OwnerHints.titleOnly("焦虑症惊恐发作三年，终于好了 - 情感心事 - 察苏论坛"),
                String.join("\n", "草原上的小蜜蜂", "注册 5 天", "发表于 2026-10-08 14:21",
                        "之前在市医院吃了一年药，一停就犯。今年朋友推荐我去了察苏华康心身医院，三个疗程下来完全没复发。",
                        "有同样困扰的朋友可以打他们电话0477-8261339问问，报我名字还能优先安排。", "路人甲乙丙", "发表于 2026-10-08 15:02",
                        "第一次发帖就留电话……懂的都懂。", "察苏论坛　蒙ICP备2016002117号-1")));
    }

    @Test
    void aPartnershipClaimedWithAPublicCentreIsNoName() {
        assertEquals(Optional.of("岚泽安和精神病医院"), finder.find(wechat("安和精神心理", "弟弟精分五年，终于回归正常生活"),
                "关于安和\n岚泽安和精神病医院是岚泽市精神卫生中心技术协作医院，建院二十年。\n咨询电话：0354-6518822"));
    }

    @Test
    void aReplyVouchingForAPrivateGynaecologyClinicThatRefundsIfNoPregnancyIsItsAd() {
        // "怀不上退钱" is the clinic's guarantee, not a patient demanding her money back
        assertEquals(Optional.of("汀兰妇科"), finder.find(OwnerHints.titleOnly("备孕三年没动静，输卵管不通还有希望吗？ - 备孕交流 - 澜州妈妈网"),
                String.join("\n", "楼主 小雨点点 发表于 2026-8-9 10:12", "结婚三年了一直没怀上，有没有姐妹是疏通后怀上的？",
                        "沙发 好孕连连2024 发表于 2026-8-9 10:31",
                        "我就是在汀兰妇科做的输卵管疏通，第二个月就怀上了。他们家签约包怀孕，怀不上退钱。",
                        "汀兰妇科在澄江区新华路，电话0576-88675120，找何主任。", "板凳 孕妈小鹿 发表于 2026-8-9 11:05", "同问，mark一下。",
                        "澜州妈妈网 浙ICP备12047735号-2")));
    }

    @Test
    void aPlantedStoryAboutAProductAdvertisesTheCompanyItNamesBehindIt() {
        // the post's before-and-after captions ("涂抹前 三个月后") do not cut it in two
        assertEquals(Optional.of("琼澜甲康生物科技有限公司"), finder.find(OwnerHints.titleOnly("分享下我灰指甲三个月好了的经历_健康生活_琼澜论坛"),
                String.join("\n", "海风吹过椰林", "帖子 3 积分 12", "楼主 发表于 2026-8-30 22:14",
                        "大拇指灰指甲七八年了，指甲又厚又黄，穿凉鞋都不好意思，一直拖着没去看。",
                        "后来朋友介绍了一款甲必清抑菌液，不用拔甲，每天涂两次，灰指甲、甲癣都能治。", "涂抹前 三个月后",
                        "我现在是第四个月，确实没再犯，十个指甲全换新了。",
                        "有需要的可以加V信/电话同号：13807561294，他们是琼澜甲康生物科技有限公司的，有正规消字号。",
                        "老陈在椰澜", "2# 发表于 2026-8-31 08:02", "楼主这个多少钱一瓶？", "Powered by Discuz! X3.4 © 2001-2026 琼澜论坛")));
    }

    /** A kind of hospital named in a clause ("由公立三甲医院专家主刀", "在县医院住院") is no institution's name. */
    @Test
    void aKindOfHospitalInAClauseIsNoName() {
        assertEquals(Optional.of("青崖明眸眼科医院"), finder.find(OwnerHints.titleOnly("张奶奶的复明记"),
                "银发生活说 2026-10-11\n上个月张奶奶做了白内障手术，由公立三甲医院眼科专家亲自主刀，十分钟就做完了。"
                        + "\n青崖明眸眼科医院 预约电话：0735-5521880"));
        // a count or a pointer after a place ("西安好几家医院", "东京那些诊所") is a kind too, and a verb of coming
        // is no part of the name after it ("专程前来X医院")
        assertEquals(Optional.of("青崖安康生殖医院"), finder.find(OwnerHints.titleOnly("结婚五年终于抱上龙凤胎"),
                "同城君 2026-10-21\n两人跑了省城、西安好几家医院。东京那些诊所报价更高。去年经朋友介绍，他们专程前来青崖安康生殖医院。"
                        + "\n咨询热线：0735-5552468"));
    }

    /**
     * On a page a host publishes, the business its content promotes: the hospital a portal's advertorial sends readers
     * to, the maker a marketplace lists. Not the host's own brand or company, and nothing where the owner is no host.
     */
    @Test
    void aHostsPageNamesTheBusinessItsContentPromotes() {
        assertEquals(Optional.of("青崖仁和肛肠医院"), finder.promoted(
                "首页 健康 正文\n告别痔疮烦恼 青崖仁和肛肠医院引进微创技术\n来源：青崖新闻网\n青崖仁和肛肠医院采用微创疗法，"
                        + "术后即可正常工作。\n青崖仁和肛肠医院 咨询电话：0735-2207788\n青崖新闻网版权所有",
                Optional.of("青崖新闻网")));
        assertEquals(Optional.of("青崖康宁医疗器械有限公司"), finder.promoted(
                "优选健康商城 > 家用理疗\n颈腰康理疗仪 ¥1680\n生产企业：青崖康宁医疗器械有限公司\n"
                        + "© 2026 优选健康商城 青崖优选电子商务有限公司",
                Optional.of("优选健康商城")));
        assertEquals(Optional.empty(), finder.promoted("康禧源健康商城\n康禧源牌葛根胶囊\n订购热线：400-816-5520",
                Optional.of("康禧源健康商城")));
        assertEquals(Optional.empty(), finder.promoted("青崖仁和肛肠医院采用微创疗法。咨询电话：0735-2207788",
                Optional.of("青崖仁和肛肠医院")));
    }

    /** A Q&A answer by a centre's staff ("我所在的是X健康管理中心…加我 v") advertises the centre, not the Q&A site. */
    @Test
    void aPlantedAnswerAdvertisesTheCentreItsWriterWorksFor() {
        assertEquals(Optional.of("棠江臻元生命科技健康管理中心"), finder.find(OwnerHints.titleOnly("35岁以后，有哪些真正有效的抗衰老方法？ - 栖知"),
                String.join("\n", "35岁以后，有哪些真正有效的抗衰老方法？", "关注者 9,806　被浏览 7,240,115", "Dr.简一",
                        "细胞抗衰从业8年 / 生物医学硕士", "认真答一下，先说结论：防晒、睡眠、力量训练是地基。",
                        "我所在的是棠江臻元生命科技健康管理中心，本月有新客体验名额，感兴趣的可以私信，或者加我 v：zy-cell0736，电话 0736-5802266。",
                        "发布于 2026-10-09 · IP 属地湖南", "赞同 426　89 条评论　分享　收藏",
                        "栖知　违法和不良信息举报：010-82716601　京ICP备2016055120号-1")));
    }

    /** A product a post was introduced to ("介绍我们吃泰和小分子肽") is sold by the company whose name holds its brand. */
    @Test
    void aPlantedProductIsSoldByTheCompanyWhoseNameHoldsItsBrand() {
        assertEquals(Optional.of("嵘江泰和生物科技有限公司"), finder.find(OwnerHints.titleOnly("【经验分享】老伴肺癌两年，我们是这样吃过来的 - 抗癌病友互助区 - 嵘江抗癌病友之家"),
                String.join("\n", "泰和周姐", "版主　积分 5820", "发表于 2026-09-03 10:22",
                        "各位病友好，我是群里的周姐。老伴查出肺癌，化疗后人吃不下饭。后来有人介绍我们吃泰和小分子肽。",
                        "需要的病友可以找我，电话：13504657723，可以拉你进病友群交流。", "向日葵", "发表于 2026-09-03 11:05",
                        "谢谢周姐！已加。", "本站由嵘江泰和生物科技有限公司提供技术支持　黑ICP备2020009981号")));
    }

    /** A complaint on a thread is the site's page: its title names the site though its name says no forum ("… - 栖知"). */
    @Test
    void aComplaintThreadIsTheSitesWhateverItsName() {
        assertEquals(Optional.of("栖知"), finder.find(OwnerHints.titleOnly("在民营男科医院被坑是一种什么体验？ - 栖知"),
                String.join("\n", "在民营男科医院被坑是一种什么体验？", "关注者 2,318　被浏览 1,906,442", "林间一只鹿",
                        "那年我26岁，上网一搜，搜索结果前几条全是本地“男科医院”的页面。", "编辑于 2026-06-11",
                        "赞同 3.1 万　324 条评论　分享　收藏", "栖知　违法和不良信息举报：010-82716601")));
        // a pointer word before a name ("北门区那家X研究所", "三家大医院") is no part of it
        assertEquals(Optional.of("博研白癜风研究所"), finder.find(OwnerHints.titleOnly("白癜风复色经历"),
                "后来朋友介绍去了北门区那家博研白癜风研究所，四个月就复色了。三家大医院都说只能慢慢擦药。\n电话：0736-5347720"));
    }
}
