package org.medadwatch.detect.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.medadwatch.detect.text.ClassifiedsPage;
import org.medadwatch.detect.text.ComplaintTitle;
import org.medadwatch.detect.text.PlantedPosts;
import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageSignal;

/**
 * Combines the categorizer's scores with what the page's structure and facts say. Two sums of
 * log-odds: "is it an ad" starts from the categorizer's P(ad), "is the ad medical" from its
 * P(medical | ad); each rule below adds a fixed weight and a reason. The weights are set by hand
 * so that one strong structural fact (the institution's own booking form, an approval number)
 * outweighs a confident text score, which it must: a popular-science article with the
 * hospital's booking phone is a disguised ad (互联网广告管理办法 §7) however editorial it reads.
 */
final class AdSignals {
    /** Institutions that may publish medical ads; checked before {@link #EDITORIAL_PUBLISHER}. */
    private static final Pattern MEDICAL_INSTITUTION = Pattern.compile(
            "(医院|门诊部|门诊|诊所|卫生院|卫生服务中心|卫生服务站|医疗美容|医美|医学美容|口腔|眼科|中医馆|国医馆|医疗中心|医务中心|体检中心|药房|药店|医药|专科$|精神卫生中心|保健院|疾病预防控制中心|疾控中心"
            // a specialty's name, or a centre that diagnoses and treats: "昆明博爱男科诊疗中心", "杏林张氏男科"
            + "|诊疗中心|治疗中心|男科|妇科|肛肠|皮肤病)");
    /**
     * A pharmacy or drug trader: it offers no medical service, so its page advertises only where it
     * promotes a product (a drug, device or health food offered for sale), never by its contact line alone.
     */
    private static final Pattern PHARMACY = Pattern.compile("(药房|药店|医药)");
    /** A product's package as a shop lists it: "0.3g×20粒", "24片/盒", "10ml*6支". */
    private static final Pattern PACKAGE_SPEC = Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s?(?:mg|g|ml|μg|ug|毫克|克|毫升)\\s?[×xX*＊]\\s?\\d+\\s?(?:片|粒|袋|支|丸|瓶|贴|包)"
            + "|\\d+\\s?(?:片|粒|袋|支|丸|贴)\\s?/\\s?(?:盒|瓶|袋)");
    /**
     * Who governs: a bureau, a commission, a court; a body of a government under its department's name
     * ("香港特别行政区政府衞生署衞生防护中心").
     */
    private static final Pattern GOVERNMENT_BODY = Pattern.compile(
            // a people's organisation (工会, 妇联, 残联) notifies its members as an office does
            "(局|委员会|卫健委|政府|办公室|厅|法院|检察院|工会|妇联|残联|团委|红十字会)$|政府[\\u4e00-\\u9fa5]*?[衞衛卫]生署");
    /**
     * Who governs, or a school (its letter to parents on eyesight screening, 检出率为41.2%, informs, it treats no
     * one): its own page (a register of licensed hospitals, a notice, a report) advertises for no one unless it lets
     * readers respond.
     */
    private static final Pattern PUBLIC_OFFICE = Pattern.compile(GOVERNMENT_BODY.pattern() + "|(小学|中学|幼儿园|实验学校)$");
    /** Who publishes editorial matter: government bodies, schools, news media, forums. */
    private static final Pattern EDITORIAL_PUBLISHER = Pattern.compile(
            PUBLIC_OFFICE.pattern() + "|(网|报|报社|日报|晚报|电视台|广播|新闻|杂志|论坛|社区|贴吧|协会)$");
    /** Shops that may not offer medical procedures: anything they sell is a non-medical ad. */
    /** A practice the page's title sells (辟谷, 气功, 站桩, 灵修 …): a class or a camp, not medicine, whatever it claims. */
    private static final Pattern PRACTICE = Pattern.compile(
            "辟谷|气功|气疗|站桩|混元桩|手印|灵修|禅修|能量疗愈|能量调理|冥想|调身营|断食营|太极|沙疗|盐疗|盐洞|森林康养|温泉");
    private static final Pattern WELLNESS_SHOP = Pattern.compile(
            "(养生|足道|足浴|足疗|生活馆|护肤|日用品|日化|百货|家居|美容院|美容店|美容会所|美容服务|美容美体|美体|会所|spa|SPA|推拿|按摩|理疗馆|艾灸|床垫|家纺|化妆品|美妆|工作室"
            + "|皮肤管理|肌肤管理|美肤|美容中心|美容馆|美颜|美学中心|形体|纤体|瘦身|美甲|美睫|纹绣|半永久|抗衰中心|养发|育发|头疗|头皮|美发|理发|疗愈|产后修复"
            // gyms and studios that train bodies: what they sell is exercise, whatever it claims to cure
            + "|健身|私教|瑜伽|普拉提|减脂营|训练营|体态|运动馆|拳馆|舞蹈"
            // schools of qigong, tai chi, fasting and meditation: what they teach is practice, whatever it claims to cure
            + "|太极|拳社|武馆|气功|站桩|辟谷|禅修|灵修|冥想|静修|国学|能量)");
    /**
     * Hyaluronic acid injected, not rubbed in: a serum's or a mask's 玻尿酸 is a skin-care ingredient.
     * It counts where the clause injects or fills with it ("打了一支玻尿酸", "玻尿酸填充苹果肌",
     * "玻尿酸丰唇", "赠送玻尿酸1ml").
     */
    private static final String HYALURONIC_INJECTION =
            "(?:注射|填充|微整|(?:打|补)(?:了|过|的)?(?:一|两|几)?(?:针|支)?)(?:进口)?(?:玻尿酸|透明质酸)"
            + "|(?:玻尿酸|透明质酸)钠?(?:[^。！？!?\\n，,、；;]{0,4}?(?:注射|填充|丰|隆|针|微整|塑形|垫|除皱|苹果肌|泪沟|法令纹|下巴)"
            + "|\\s?\\d+(?:\\.\\d+)?\\s?(?:ml|毫升|支|cc))";
    /** Medical-cosmetic procedures: a shop offering them is a medical ad (医疗美容服务管理办法 §2). */
    private static final Pattern MEDICAL_COSMETIC = Pattern.compile(
            "(注射|" + HYALURONIC_INJECTION + "|肉毒|瘦脸针|水光针|打(?:了|过)?水光|除皱针|溶脂针|埋线|线雕|热玛吉|超声刀|热拉提|皮秒|光子嫩肤|光子焕肤|强脉冲光|微针|点阵激光|"
            + "激光(?:祛|去|淡|脱毛|嫩肤|美白|洗|除|溶脂|治疗)|射频(?:紧致|提拉|溶脂|抗衰|除皱)|光电(?:项目|抗衰|嫩肤|美肤|淡斑|祛斑|治疗)|"
            + "双眼皮|隆鼻|吸脂|童颜针|少女针|嗨体|毛囊移植|种眉毛|种发际线"
            // weight-loss injections of prescription drugs, as gyms and salons sell them in "套餐"
            + "|减脂针|减肥针|瘦身针|司美格鲁肽|替尔泊肽|利拉鲁肽"
            // growth hormone injected into children, as studios sell it "上门打针"; plasma injected into the scalp
            + "|增高针|长高针|生长激素|生发针|prp(?:生发|注射)"
            // cells as a procedure, not as a cream's ingredient or a science piece's subject
            + "|(?:干细胞|外泌体)[\\p{IsHan}、与和及]{0,8}?(?:回输|注射|移植|治疗|导入|微针|抗衰|嫩肤|焕肤|美容|疗法))");
    /**
     * Assisted reproduction, which only a licensed reproductive centre may perform (人类辅助生殖技术管理办法):
     * an agency selling it sells medical services, whatever its name says ("健康咨询有限公司").
     */
    private static final Pattern ASSISTED_REPRODUCTION = Pattern.compile(
            "试管婴儿|三代试管|二代试管|试管套餐|取卵|促排|胚胎移植|移植胚胎|人工授精|代孕|助孕|供卵|pgt|生殖中心|爱心妈妈|抱婴"
            // a foetus's sex told from the mother's blood: a prenatal test, which only a licensed institution may do
            + "|寄血|验男女|看男女|测男女|胎儿性别"
            + "|(?:海外|境外|美国|泰国|俄罗斯|乌克兰|日本|马来西亚|柬埔寨|格鲁吉亚|赴美|赴泰)试管|试管成功率");
    /**
     * Doctors' services sold as a membership or a plan by a company that is no medical institution:
     * a private or family doctor, doctors' home visits, cell infusions, a hospital bed on priority.
     */
    private static final Pattern DOCTOR_SERVICE = Pattern.compile(
            "私人医生|家庭医生|专家上门|医生上门|上门诊疗|上门看诊|细胞回输|细胞治疗|细胞银行|就医绿色通道|床位优先"
            // a fast lane into hospitals sold as a service: "名医通道", "三甲医院专家通道"
            + "|名医通道|专家通道|就医通道|就诊通道"
            // a tour or a club that books its members a specialist's consultation
            + "|专家面诊|医生面诊|名医面诊"
            // a reseller of check-ups: the card is a doctor's examination paid in advance
            + "|体检卡|体检套餐"
            // an agent booking vaccinations: 九价代约, 代抢, 安排接种
            + "|代约|代抢|安排接种|包接种|接种名额"
            // an agency sending patients abroad: 远程会诊, 预约日本医院 (陪诊 alone is a carer's errand, not care)
            + "|远程会诊|海外就医|出国就医|赴日治疗|赴美治疗|预约(?:日本|美国|海外|国外|境外)医院"
            // a company's online clinic: 在线问诊, 医生开方, 送药到家
            + "|在线问诊|线上问诊|网上问诊|视频问诊|医生开方|在线开方|开具处方|复诊开药|送药到家|送药上门"
            // an agency taking patients across the border: 赴港打九价, 赴日本、美国做质子治疗, 香港产检
            + "|赴(?:港|澳|日本?|美国?|韩国?|泰国?|德国?|新加坡|海外|境外)[\\u4e00-\\u9fa5、]{0,8}?"
            + "(?:治疗|接种|打针|打九价|体检|产检|手术|就医|就诊|看病|试管)"
            + "|(?:香港|澳门|海外|境外|国外|日本|韩国|美国|德国|泰国|新加坡)[\\u4e00-\\u9fa5A-Za-z -]{0,8}?(?:产检|体检|接种|就医|看病|治疗|试管)");
    /**
     * A clinic a home or a company runs inside it and offers treatment from ("内设康复门诊…开展中风后遗症康复治疗"):
     * the 医养结合 home advertises that clinic's medical services as well as its rooms.
     */
    private static final Pattern INTERNAL_CLINIC = Pattern.compile(
            "内设[\\u4e00-\\u9fa5]{0,6}?(?:门诊部?|医务室|诊所|卫生室|医院|护理院|护理站|康复科)[^\\n]{0,60}?(?:治疗|诊疗|坐诊|手术|住院|收治)");
    /**
     * Public-health bodies: a CDC's or a health commission's science piece with its phone advises the
     * public, it solicits no patients.
     */
    private static final Pattern PUBLIC_HEALTH_BODY = Pattern.compile(
            "疾病预防控制|疾控中心|卫生健康委|卫健委|卫生健康局|健康教育所|健康教育中心|血液中心|急救中心");
    /**
     * An invitation to come for a gift or a free test ("活动当天：免费测血糖，现场领取挂面两包"): how a
     * 会销 or a free-clinic day draws people in, an offer even with no booking line. A report of a
     * past event tells no one when to come.
     */
    private static final Pattern COME_FOR_GIFTS = Pattern.compile(
            "(?:现场|到场|到店|当天|签到|凭[^，。,\n]{0,5})(?:即|可|就)?(?:免费)?(?:领取|领|赠送|送)"
            + "|免费(?:测|量|查)(?:血糖|血压|骨密度|血脂)");
    private static final Pattern WHEN_TO_COME = Pattern.compile(
            "活动当天|活动时间|届时|名额有限|限额|报名|欢迎[^，。,\n]{0,6}(?:参加|到场|光临|前来)");
    /**
     * A programme the state pays public providers to run: the over-65s' free checkup (国家基本公共卫生服务),
     * school vaccination, the "两癌" screening, family-doctor contracts. Announced by the provider, it is a notice.
     */
    private static final Pattern PUBLIC_HEALTH_PROGRAMME = Pattern.compile(
            "基本公共卫生服务|公共卫生服务项目|重大公共卫生|免疫规划|两癌(?:免费)?筛查|家庭医生签约服务");
    /** Names only public institutions carry (a private hospital may not call itself 人民医院). */
    private static final Pattern PUBLIC_INSTITUTION = Pattern.compile(
            "人民医院|妇幼保健院|疾病预防控制中心|疾控中心|大学附属|医学院附属|附属医院|社区卫生服务中心|卫生院"
            + "|市(?:第[一二三四五六七八九十]+|中心|中医|儿童|肿瘤|传染病|口腔|眼科|妇产|骨科|胸科|皮肤病)医院|[市县区]中医院"
            + "|附属\\p{IsHan}{0,4}医院|县(?:中医|中心)?医院|精神卫生中心");
    /** A price as a shop tags it: "¥198,000", "980元/次". */
    private static final Pattern PRICE_TAG = Pattern.compile("[¥￥]\\s?\\d|\\d\\s?元\\s?/");
    /**
     * Cells put back into a body: a clinical procedure whoever offers it (a "细胞科技" company's open day with
     * "NK免疫细胞回输"), so one such offer makes the page medical where other doctors' services need two.
     */
    private static final Pattern CELL_INFUSION = Pattern.compile(
            "细胞回输|回输细胞|回输自体|细胞移植|干细胞注射|注射干细胞|免疫细胞治疗|细胞免疫治疗");
    /** How many different such services make a page an offer of them (two, as for assisted reproduction). */
    private static final int DOCTOR_SERVICE_TERMS = 2;
    /** How many different assisted-reproduction terms make a page an offer of them, not a passing mention. */
    private static final int REPRODUCTION_TERMS = 3;
    /** Registration marks of drugs, devices and health food. */
    private static final Pattern PRODUCT_REGISTRATION = Pattern.compile(
            "(国药准字|械注准|械备|械字号|食健字|国食健|卫食健|蓝帽|保健食品|药广审|械广审|食健广审|医广|特殊医学用途|特医食品|全营养配方|医疗器械注册"
                    + "|(?:国家)?(?:第)?[二三两]类医疗器械)");
    /**
     * Products that are medical devices by their nature (医疗器械监督管理条例; class II or III by the
     * 分类目录): hearing aids, glucose and blood-pressure meters, oxygen concentrators, ventilators,
     * nebulisers, insulin pumps, pulse oximeters, contact and orthokeratology lenses, 医用 goods. A
     * "理疗仪" or "磁疗" gadget is not among them: it is a device only with its registration, or where a
     * medical-device maker or dealer (医疗器械有限公司) sells it.
     */
    private static final Pattern DEVICE_BY_NATURE = Pattern.compile(
            "助听器|血糖仪|血压计|制氧机|呼吸机|雾化器|胰岛素泵|血氧仪|角膜塑形镜|(?i:ok)镜|隐形眼镜|医用\\p{IsHan}|医疗器械"
            // radio-frequency beauty devices (class III since 2024), laser hair caps, devices for intimate tightening
            + "|射频美容仪|射频仪|生发帽|生发头盔|激光生发|私密紧致仪|私密射频|光疗仪"
            // an orthosis: a scoliosis brace is a registered device whoever fits it
            + "|康复器械|矫形器|支具");
    /**
     * Products that call themselves drugs by their name (药酒, 药膏, 中成药): a "风湿骨痛药酒" presents itself as a
     * drug, and sells one that needs its registration whether or not it shows it.
     */
    private static final Pattern DRUG_BY_NAME = Pattern.compile("药酒|药膏|中成药|(?:非)?处方药");
    /**
     * A product named the way health food is registered, brand + 牌 + capsules, oral liquid or tablets
     * ("皙研牌葡萄籽维生素C维生素E软胶囊", "眠安牌褪黑素维生素B6片"): no ordinary food is sold in that form: it needs its registration.
     */
    private static final Pattern HEALTH_FOOD_NAME = Pattern.compile(
            "\\p{IsHan}{2,4}牌[\\p{IsHan}A-Za-z0-9]{2,20}?(?:软胶囊|胶囊|口服液|(?<![薯面肉鱼])片)");
    /**
     * A product in a drug's or a health food's dosage form ("纳豆红曲胶囊", "XX口服液"): no ordinary food, whatever
     * registration it lacks; not a capsule endoscope or capsule coffee. A notice's price list names capsules it sells nothing by.
     */
    private static final Pattern DOSAGE_FORM_PRODUCT = Pattern.compile(
            "\\p{IsHan}{2,10}(?:软胶囊|胶囊|口服液)(?!内镜|胃镜|咖啡|机|旅馆|酒店|衣柜|房)");
    /** A device offered for sale or fitting in the text: "验配OK镜", "选配助听器", "下单一台制氧机". */
    private static final Pattern DEVICE_OFFERED = Pattern.compile(
            "(?:(?:验配|选配|配戴|试戴|订购|抢购|购买|下单|团购)(?:一副|一台|一款|一个)?|(?:我们的|我们家的?|本店的?|我店的?)(?:智能|数字|进口)?)(?:"
                    + DEVICE_BY_NATURE.pattern() + ")");
    /** Phones a newsroom or an office prints for its own business. */
    private static final Pattern NEWSROOM_OR_OFFICE_PHONE = Pattern.compile(
            "(新闻热线|报料|爆料|投诉举报|举报电话|投诉电话|监督电话|12315|12345|12320|值班电话|联系电话：?.{0,20}(局|委员会|办公室))");

    /**
     * A notice an institution must publish or posts for its own business: prices it is bound to
     * disclose (价格公示), staff and student recruitment, clinic hours, a guide to its own procedures
     * (门诊就医指南), a conference call, the terms of a contract (保险条款). Not an advertisement.
     */
    private static final Pattern NOTICE_TITLE = Pattern.compile(
            "价格公示|收费公示|收费标准|入住须知|医疗服务价格|服务价格公示|价格目录|院务公开|信息公开|招聘|招生简章|招生计划"
            + "|出诊时间|停诊|就诊须知|住院须知|就医指南|就诊指南|门诊指南|就医流程|就诊流程|来院路线|乘车路线|交通指南|来院指南"
            + "|探视|陪护管理|^关于.{2,40}的(?:通知|公告)(?:[(（][^)）]{1,8}[)）])?(?:\\s*[_|｜-][^_|｜-]{2,30})?$|召回|告知书|停售|暂停销售|致歉|郑重声明"
            + "|学术年会|学术会议|研讨会通知|征文通知"
            // the terms of a contract: what is covered and excluded, not a promotion
            + "|条款$|条款[_|｜ -]|服务协议|用户协议|隐私政策");

    /** The parts of a research paper: an abstract, its keywords, a DOI, the funding and the references. */
    private static final Pattern PAPER_PART = Pattern.compile(
            "摘要|关键词|DOI|中图分类号|文献标识码|参考文献|基金项目|通讯作者"
            // a structured abstract's headings, "【目的】" or "目的：" on its own line (the word alone is matched, so
            // the two forms of one heading count once)
            + "|(?<=【)(?:目的|方法|结果|结论)(?=】)|(?<=^|\\n)(?:目的|方法|结果|结论)(?=\\s?[:：])");
    /** A title naming a product's instructions for use: "X制氧机 使用说明书（在线版）", "角膜塑形镜 说明书". */
    private static final Pattern MANUAL_TITLE = Pattern.compile("说明书|用户手册|操作手册");
    /** The headings of a drug's package insert (药品说明书). */
    private static final Pattern INSERT_HEADING = Pattern.compile(
            "【(?:药品名称|成份|成分|性状|适应症|功能主治|规格|用法用量|不良反应|禁忌|注意事项|药物相互作用|药理毒理|贮藏|包装|有效期|批准文号|生产企业"
            // a device's or a test kit's insert: 【预期用途】【检验原理】【产品性能指标】 …
            + "|产品名称|包装规格|预期用途|适用范围|检验原理|检验方法|检验结果的解释|检验方法的局限性|产品性能指标|储存条件及有效期|结构及组成|医疗器械注册证编号|注册人)】");
    /** How many different headings make a page an insert rather than an ad that quotes one. */
    private static final int INSERT_HEADINGS = 5;
    /** How many different parts make a page a paper rather than an ad that cites one. */
    private static final int PAPER_PARTS = 4;
    /** The parts of an encyclopedia entry: its edit line, contents, references, categories and licence. */
    private static final Pattern ENCYCLOPEDIA_PART = Pattern.compile(
            "条目|词条|义项|最后(?:编辑|修订|更新)于|历史版本|目录|参考资料|外部链接|相关条目|参见|百科|知识共享|许可协议|(?<=^|\\n)分类\\s?[:：]");
    private static final int ENCYCLOPEDIA_PARTS = 4;

    /** A business selling goods or services, by its name's form (a blogger's account has none of these). */
    private static final Pattern BUSINESS = Pattern.compile(
            "(?:公司|合作社|商行|茶庄|茶行|商贸|商城|店|馆|中心|工作室|会所|厂|经营部|门市部|营业部|服务部|学校|学院|训练营|基地|俱乐部"
            // farms and their shops: a bee farm's honey or a deer farm's antler wine is no drug
            + "|蜂场|农场|养殖场|牧场|渔场|鹿场|山庄|农庄|果园|茶园|蜂业|鹿业"
            + "|养老院|敬老院|颐养院|老年公寓"
            // a club, a temple or a retreat house
            + "|拳社|禅院|禅堂|寺|道观|书院|学堂|山房|营)$");
    /**
     * A disinfectant's hygiene licence (卫消证字, 消字号): the product is registered as no drug, device or
     * health food, so its ad is not a medical one, whatever it claims to treat.
     */
    private static final Pattern DISINFECTANT = Pattern.compile("卫消证字|消字号|消毒产品");
    /**
     * Words no page about medicine or health does without: a disease, a cure, a drug, a doctor, a body part
     * treated. A listing of haircuts or house movers has none, whatever the classifier makes of its prices
     * (a foot or head spa, 足疗 and 头疗, is no treatment).
     */
    private static final Pattern HEALTH_WORDS = Pattern.compile(
            "医|病|(?<![足头])疗|诊|药|症|患|炎|癌|瘤|疾|痛|疼|康复|保健|养生|健康|体检|手术|注射|针灸|艾灸|推拿|理疗|孕|胎|牙|眼科|视力|近视"
            + "|瘦|胖|肥|肽|针|作用|血压|血糖|血脂|尿酸|睡眠|失眠|皮肤|祛斑|祛痘|抗衰|玻尿酸|整形|隆|植发|脱发|助听|疹|痘|黄褐斑|色斑|胶囊|蓝帽子|维生素|益生菌|术后|线雕|埋线|疤|射频|激光");
    /** A food's production licence number (SC + 14 digits): the product is food, which no pharmacy's shelf makes a drug. */
    private static final Pattern FOOD_LICENCE = Pattern.compile("(?<![A-Za-z])SC\\d{14}(?!\\d)");
    /** A cosmetic's registration or filing (国妆特字, 特殊化妆品注册证, 国妆备进): a cosmetic, no drug, device or health food. */
    private static final Pattern COSMETIC = Pattern.compile("国妆特字|国妆特进|国妆备进|妆备进|化妆品注册证|化妆品备案");
    /**
     * The page saying its own service is not medical ("本训练营为健康生活方式干预服务，不替代医疗诊治", "非医疗机构").
     * A health food's warning ("不能代替药物") is no such statement: it speaks of drugs.
     */
    private static final Pattern SAYS_NOT_MEDICAL = Pattern.compile(
            "(?:不能|不可|不)(?:替代|代替)(?:医疗|诊疗|医学治疗|就医|医生)|非医疗(?:机构|服务|行为|项目|手段)|不属于医疗|不是医疗机构|不提供医疗"
            // a shop's own word: "我们不是医院，不打针、不开药，只做绿色调理"
            + "|(?:我们|本店|本馆|这里|我们这)(?:不是|并非|不属于)(?:医院|诊所)|不打针[、,，]?不开药");
    /**
     * The site's section for merchants' own listings, named in the title or the breadcrumb ("… - 便民广告 - 禾丰论坛",
     * "柏坪便民网 › 商家黄页 › 养生保健"): what is posted there is an ad by where it stands. A menu item of that name
     * on any page of the site is no breadcrumb.
     */
    private static final String LISTING_SECTION = "便民广告|便民信息|便民服务|分类广告|分类信息|商家黄页|广告专区|推广专区|商家推广";
    private static final Pattern LISTING_TITLE = Pattern.compile(LISTING_SECTION);
    private static final Pattern LISTING_BREADCRUMB = breadcrumbThrough(LISTING_SECTION);
    /** The breadcrumb of a hospital site's department pages: "首页 > 科室导航 > 外科系统 > 泌尿外科". */
    private static final Pattern DEPARTMENT_BREADCRUMB = breadcrumbThrough("科室导航|科室介绍|科室设置|临床科室|特色专科|重点专科|专科介绍");
    /** The breadcrumb of a site's news section: "当前位置：首页 > 新闻中心 > 医院新闻". */
    private static final Pattern NEWS_BREADCRUMB = Pattern.compile(
            "[›>»]\\s*(?:新闻中心|新闻动态|医院新闻|院内新闻|医院动态|院务动态|媒体聚焦|媒体报道)\\s*(?:[›>»]|$)", Pattern.MULTILINE);
    /** A title that asks: "…30天能矫正，靠谱吗？", "做了三次还不好怎么办". */
    private static final Pattern QUESTION_TITLE = Pattern.compile("[？?]|吗\\s*$|怎么办|有没有用|有用没");
    /** A page that sets out to correct claims: "误区一：…", "辟谣", "医生说了实话". */
    private static final Pattern DEBUNKING = Pattern.compile("误区[一二三四五六七八九十\\d]|辟谣|谣言|说了实话|真相是|并不能|没有任何证据");
    /** Veterinary practices: animal medicine is outside the law on medical advertising. */
    private static final Pattern VETERINARY = Pattern.compile("动物医院|宠物医院|动物诊所|宠物诊所|动物诊疗|兽医|宠物门诊");
    /** Insurers: a critical-illness policy lists diseases and hospitals, but sells cover for treatment, not treatment. */
    private static final Pattern INSURER = Pattern.compile("保险(?:股份|集团)?(?:有限)?(?:责任)?公司$|人寿$|保险经纪|保险代理");

    /** An advertiser outside the law on medical advertising whatever its page says, and why. */
    private record OutOfScope(Pattern name, String why) {
    }

    private static final List<OutOfScope> OUT_OF_SCOPE = List.of(
            new OutOfScope(VETERINARY, "a veterinary practice: animal medicine is outside medical advertising"),
            new OutOfScope(INSURER, "an insurer: it sells cover for treatment, not treatment"));

    /** A question a procedure stands in, answered no: "你们能打水光吗？答：不能。" */
    private static final Pattern ANSWERED_NO = Pattern.compile(
            "^[^。！？!?\\n]{0,30}[？?]\\s*(?:(?:答|回答|回复|客服|店长|A|a)\\s*[:：]?)?\\s*(?:不|没有|没|无|否)");

    /** Words that, shortly before a procedure in the same clause, say it is not offered. */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(不开展|不提供|不介绍|不做|不涉及|不得|不能|不可|不是|并非|不属于|禁止|严禁|无资质|非法|只能|应到|请前往|家用"
            // the procedure a product is set against is a rival's, not offered: "效果碾压医院光子嫩肤"
            + "|碾压|媲美|堪比|胜过|不输|秒杀|替代|代替|取代|比"
            // what a product spares its buyer: "不打针不吃药", "告别生长激素"
            + "|不打|不用|无需|告别"
            // a service another, public provider gives: "可自愿与辖区社区卫生服务中心签约家庭医生"
            + "|(?:社区卫生服务(?:中心|站)|卫生院|卫生室|社区医院)[^，,。]{0,4}签(?:约|订))");
    private static final int DISCLAIMER_WINDOW = 24;

    private static final Set<PageSignal> RESPONSE_CHANNELS = Set.of(PageSignal.BOOKING_FORM, PageSignal.CONSULT_WIDGET,
            PageSignal.BOOKING_CALL_TO_ACTION, PageSignal.CONSULT_PHONE, PageSignal.PURCHASE_CALL_TO_ACTION,
            PageSignal.PRICE_LIST);
    /** A phone or contact link: the publisher's own where the page is a notice, news or a complaint. */
    private static final Set<PageSignal> CONTACT = Set.of(PageSignal.CONSULT_PHONE, PageSignal.BOOKING_CALL_TO_ACTION);
    private static final Set<PageSignal> INSTITUTION_SOLICITS = Set.of(PageSignal.BOOKING_FORM,
            PageSignal.CONSULT_WIDGET, PageSignal.BOOKING_CALL_TO_ACTION, PageSignal.CONSULT_PHONE);

    private AdSignals() {
    }

    /** A breadcrumb passing through one of {@code sections} on its way to the page: "首页 > 便民信息 > 医疗健康". */
    private static Pattern breadcrumbThrough(String sections) {
        return Pattern.compile("[›>»]\\s*(?:" + sections + ")\\s*[›>»]");
    }

    private static boolean invitesForGifts(String text) {
        return COME_FOR_GIFTS.matcher(text).find() && WHEN_TO_COME.matcher(text).find();
    }

    static AdAssessment assess(ExtractedPage page, AdCategorizer.Scores scores) {
        List<String> reasons = new ArrayList<>();
        reasons.add(String.format(Locale.ROOT, "classifier medical_ad %.2f, nonmedical_ad %.2f, editorial %.2f",
                scores.medicalAd(), scores.nonmedicalAd(), scores.editorial()));
        String text = page.title() + "\n" + page.text();
        // read in simplified characters: "榆汀聆康耳科醫院" is a hospital
        Optional<String> advertiser = page.facts().advertiser().map(String::strip).filter(s -> !s.isEmpty())
                .map(TextFolder::simplified);
        Optional<OutOfScope> outside = advertiser.flatMap(
                a -> OUT_OF_SCOPE.stream().filter(o -> o.name().matcher(a).find()).findFirst());
        if (outside.isPresent()) {
            reasons.add("advertiser " + advertiser.get() + " is " + outside.get().why() + " -> NOT_AD");
            return new AdAssessment(AdKind.NOT_AD, scores.ad(), 0, reasons, false);
        }
        boolean pharmacy = advertiser.map(a -> PHARMACY.matcher(a).find()).orElse(false);
        boolean registered = offered(PRODUCT_REGISTRATION, text).findAny().isPresent();
        // a pharmacy's shop page for oats or milk powder (its SC food licence printed) sells food: the pharmacy is
        // no medical institution there, and what it sells needs no registration
        boolean pharmacyFood = pharmacy && !registered && FOOD_LICENCE.matcher(text).find();
        boolean institution = !pharmacyFood && advertiser.map(a -> MEDICAL_INSTITUTION.matcher(a).find()).orElse(false);
        boolean publicInstitution = institution && PUBLIC_INSTITUTION.matcher(advertiser.orElseThrow()).find();
        // a forum or Q&A site whatever its name ("…_棠江吧_众吧"), where no post leaves a phone: the only one is its own
        boolean threadHost = !institution && advertiser.filter(a -> PlantedPosts.hostedBy(a, page.title(), text)
                && !PlantedPosts.postsLeaveContact(page.text())).isPresent();
        boolean editorialPublisher = threadHost
                || !institution && advertiser.map(a -> EDITORIAL_PUBLISHER.matcher(a).find()).orElse(false);
        // a classifieds site's page is a listing where it names the business that posted it, not where the site is
        // all it names (a flat to let)
        boolean listing = LISTING_TITLE.matcher(page.title()).find() || LISTING_BREADCRUMB.matcher(page.text()).find()
                || !editorialPublisher && advertiser.filter(a -> !ClassifiedsPage.isSite(a)).isPresent()
                && ClassifiedsPage.in(page.title(), page.text());
        boolean wellnessShop = !institution && (advertiser.map(a -> WELLNESS_SHOP.matcher(a).find()).orElse(false)
                || PRACTICE.matcher(TextFolder.simplified(page.title())).find());
        boolean approval = !page.facts().approvalNumbers().isEmpty();
        var signals = page.signals();

        // --- is it an ad at all ---
        double ad = logit(scores.ad(), 0.02);
        boolean planted = signals.contains(PageSignal.PLANTED_POST);
        // a classifieds site prints its merchants' listings: a listing is the merchant's word, not the site's;
        // a planted post is its clinic's, not the forum's
        if (editorialPublisher && !listing && !planted) {
            ad -= 1.5;
            reasons.add("published by " + advertiser.orElseThrow() + " (office, news site or forum)");
        }
        boolean notice = NOTICE_TITLE.matcher(page.title()).find();
        if (notice) {
            ad -= 1.5;
            reasons.add("the title is a notice (prices, recruitment, hours), not a promotion: " + page.title());
        } else if (RulebookPage.in(page.title(), page.text())) {
            notice = true; // its phone is a merchant service line, its claims are examples of what is banned
            ad -= 1.5;
            reasons.add("the page sets out advertising rules or a banned-word list; what it quotes is an example");
        }
        if (!notice && publicInstitution && PUBLIC_HEALTH_PROGRAMME.matcher(text).find()) {
            notice = true; // its phone books a free checkup the state pays for
            ad -= 1.5;
            reasons.add("public provider " + advertiser.orElseThrow() + " announces a state public-health programme "
                    + "(基本公共卫生服务, 免疫规划), not a promotion");
        }
        if (encyclopediaEntry(text) && page.facts().phones().isEmpty()
                && signals.stream().noneMatch(RESPONSE_CHANNELS::contains)) {
            notice = true;
            ad -= 2.5;
            reasons.add("the page is an encyclopedia entry (contents, references, categories, licence) with no way to respond");
        }
        if (researchPaper(text)) {
            notice = true; // the phone under it is the journal's office
            ad -= 2.5;
            reasons.add("the page is a research paper (abstract, keywords, DOI …), not a promotion");
        }
        if (MANUAL_TITLE.matcher(page.title()).find() && !signals.contains(PageSignal.PURCHASE_CALL_TO_ACTION)
                && !signals.contains(PageSignal.PRICE_LIST)) {
            notice = true; // its hotline is after-sales service, its indications are the registered label's
            ad -= 4.0;
            reasons.add("the page is a product's instructions for use (使用说明书) and sells nothing");
        }
        if (listing) {
            ad += 2.5;
            reasons.add("the page stands in the site's section for merchants' listings (便民广告, 商家黄页)");
        }
        if (planted) {
            ad += 4.5; // decisive: the post is the ad, whatever the editorial thread around it reads like
            reasons.add("a post on the thread vouches for a named clinic or product and leaves its phone or WeChat: "
                    + "a planted ad");
        }
        boolean complaint = ComplaintTitle.in(page.title());
        if (complaint) {
            ad -= 2.0;
            reasons.add("the title complains or exposes, so what the page quotes is evidence: " + page.title());
        }
        boolean soldHere = approval || signals.contains(PageSignal.PURCHASE_CALL_TO_ACTION)
                || signals.contains(PageSignal.PRICE_LIST) || PACKAGE_SPEC.matcher(text).find();
        boolean productOffered = soldHere || registered;
        // an insert prints its own 批准文号, so there the registration offers nothing
        if (!soldHere && distinctTerms(INSERT_HEADING, text) >= INSERT_HEADINGS) {
            notice = true; // a drug's package insert for reference, sold nowhere on the page: its words are the label's
            ad -= 2.5;
            reasons.add("the page reproduces a package insert (【适应症】【用法用量】【禁忌】 …) and sells nothing");
        }
        // a pharmacy's service line under a piece that sells nothing is its customer service, not a call to buy
        boolean pharmacyWithoutProduct = pharmacy && !productOffered;
        boolean ownPhoneOnly = pharmacyWithoutProduct || editorialPublisher && !listing || notice || complaint
                || (!institution && NEWSROOM_OR_OFFICE_PHONE.matcher(text).find());
        ad += weigh(signals, PageSignal.BOOKING_FORM, 2.5, "booking form", reasons);
        ad += weigh(signals, PageSignal.CONSULT_WIDGET, 3.0, "consultation widget", reasons);
        ad += weigh(signals, PageSignal.PURCHASE_CALL_TO_ACTION, 2.0, "purchase call to action", reasons);
        if (!notice) {
            ad += weigh(signals, PageSignal.PRICE_LIST, 1.5, "price list", reasons);
        }
        if (ownPhoneOnly) {
            if (signals.stream().anyMatch(CONTACT::contains)) {
                reasons.add("phone or contact link is the publisher's own (newsroom, office, complaint line, "
                        + "a pharmacy's service line): not counted");
            }
        } else {
            ad += weigh(signals, PageSignal.BOOKING_CALL_TO_ACTION, 1.5, "booking call to action", reasons);
            ad += weigh(signals, PageSignal.CONSULT_PHONE, 1.5, "consultation phone", reasons);
            // a private clinic's number under a bare "电话：" is still how patients reach it
            if (institution && !publicInstitution && !signals.contains(PageSignal.CONSULT_PHONE)
                    && !page.facts().phones().isEmpty()) {
                ad += 1.5;
                reasons.add("private medical institution " + advertiser.orElseThrow() + " prints its phone");
            }
        }
        boolean solicits = signals.stream().anyMatch(INSTITUTION_SOLICITS::contains);
        boolean invitation = invitesForGifts(text);
        // on a complaint thread a phone or a booking link quoted or printed solicits no patients;
        // only the page's own form or chat widget still does
        boolean pageSolicits = complaint
                ? signals.contains(PageSignal.BOOKING_FORM) || signals.contains(PageSignal.CONSULT_WIDGET)
                : solicits || invitation;
        if (pharmacyWithoutProduct && pageSolicits) {
            reasons.add("pharmacy " + advertiser.orElseThrow() + " names no product for sale (no price, purchase link, "
                    + "package or registration): its service line solicits no patients");
        } else if (institution && !notice && pageSolicits
                && !advertiser.map(a -> PUBLIC_HEALTH_BODY.matcher(a).find()).orElse(false)) {
            ad += 3.0;
            reasons.add("medical institution " + advertiser.orElseThrow()
                    + " solicits patients on the page (互联网广告管理办法§7: science with contact is an ad)");
        }
        boolean business = advertiser.map(a -> BUSINESS.matcher(a).find()).orElse(false);
        if ((wellnessShop || business) && !institution && !editorialPublisher && !notice && pageSolicits) {
            ad += 3.0; // a "my skin diary" note or a lecture invitation ending with the business's booking phone
            reasons.add("business " + advertiser.orElse(page.title()) + " is named with a way to book or call");
        }

        // a planted post's WeChat ID is its way to respond; a thread host's service line is none
        boolean ownLineOnly = threadHost && !listing
                && signals.stream().filter(RESPONSE_CHANNELS::contains).allMatch(CONTACT::contains);
        if (!approval && !planted && (ownLineOnly
                || page.facts().phones().isEmpty() && signals.stream().noneMatch(RESPONSE_CHANNELS::contains))) {
            ad -= 1.5;
            reasons.add(ownLineOnly ? "no way to respond but the publisher's own line: no booking, consultation, purchase or price"
                    : "no way to respond: no phone, booking, consultation, purchase or price");
            boolean asks = QUESTION_TITLE.matcher(page.title()).find();
            if (asks && PlantedPosts.isThread(page.text())) {
                ad -= 3.0; // what the asker quotes ("说无效全额退款，靠谱吗？") is the question, not an offer
                reasons.add("a thread asking a question, with no way to respond: readers talk, nobody sells");
            } else if (asks && DEBUNKING.matcher(page.text()).find()) {
                ad -= 3.0; // "助孕茶真能帮你怀上吗？" answered with 误区一、误区二 quotes the sellers to correct them
                reasons.add("a question answered by correcting claims, with no way to respond: science, nobody sells");
            }
        }
        if (approval) {
            ad += 3.0;
            reasons.add("approval number printed: " + page.facts().approvalNumbers().get(0));
        }

        // --- given an ad, is it medical ---
        double medical = logit(scores.medicalGivenAd(), 0.05);
        if (approval) {
            medical += 4.0;
        }
        if (institution) {
            medical += 3.0;
            reasons.add("advertiser is a medical institution or pharmacy: " + advertiser.orElseThrow());
        }
        // the services' names as folded, so that "免·疫·细·胞回输" reads as what it offers
        String plain = TextFolder.fold(text).folded();
        boolean cosmeticProcedure = offersProcedure(plain);
        if (wellnessShop) {
            if (cosmeticProcedure) {
                medical += 3.0;
                reasons.add("shop " + advertiser.orElse(page.title()) + " offers injections or medical-cosmetic procedures");
            } else {
                medical -= 3.5;
                reasons.add("advertiser is a wellness, beauty or retail shop or a practice's school: "
                        + advertiser.orElse(page.title()));
            }
        } else if (cosmeticProcedure && !institution) {
            medical += 1.0;
            reasons.add("injections or medical-cosmetic procedures offered");
        }
        boolean reproduction = offersAssistedReproduction(plain);
        if (reproduction && !institution) {
            medical += 3.0;
            reasons.add("assisted reproduction (试管婴儿, 取卵, 移植 …) offered: a medical service");
        }
        boolean doctorServices = !institution && (offersDoctorServices(plain,
                signals.contains(PageSignal.PRICE_LIST) || PRICE_TAG.matcher(text).find())
                || INTERNAL_CLINIC.matcher(text).find() || offered(CELL_INFUSION, plain).findAny().isPresent());
        if (doctorServices) {
            medical += 3.0;
            reasons.add("doctors' services (私人医生, 专家上门, 细胞回输, an in-house clinic's treatment …) offered: a medical service");
        }
        if (!approval && registered) {
            medical += 2.0;
            reasons.add("drug, device or health-food registration mark in text");
        }
        Optional<String> device = deviceSold(page.title(), advertiser, text);
        if (!approval && !registered && device.isPresent()) {
            medical += 2.0;
            reasons.add("sells a medical device by its nature (" + device.get() + "), which needs its registration");
        }
        Optional<String> healthFood = firstMatch(HEALTH_FOOD_NAME, text);
        if (!approval && healthFood.isPresent()) {
            medical += 1.5;
            reasons.add("sells " + healthFood.get() + ", named as health food is registered, which needs its registration");
        }
        Optional<String> drug = drugNamed(page.title(), advertiser);
        if (!approval && !registered && device.isEmpty() && drug.isPresent()) {
            medical += 2.0;
            reasons.add("sells a drug by its name (" + drug.get() + "), which needs its registration");
        }
        if (!HEALTH_WORDS.matcher(text).find()) {
            medical -= 6.0;
            reasons.add("nothing on the page is about medicine or health");
        }
        boolean disinfectant = DISINFECTANT.matcher(text).find();
        boolean cosmetic = COSMETIC.matcher(text).find();
        boolean saysNotMedical = SAYS_NOT_MEDICAL.matcher(text).find();
        if (!approval && !registered && device.isEmpty() && drug.isEmpty() && healthFood.isEmpty() && !institution
                && (notice || !DOSAGE_FORM_PRODUCT.matcher(text).find()) && !cosmeticProcedure && !reproduction && !doctorServices
                && (business || disinfectant || cosmetic || saysNotMedical || pharmacyFood)) {
            // every drug, device, health food and special-medical food must show its registration; a
            // tea, a cup or a "health consultancy" that claims cures sells something that needs none
            medical -= 4.0;
            reasons.add("no drug, device or health-food registration and no medical institution: "
                    + (disinfectant ? "a disinfectant (消字号), no drug" : cosmetic ? "a registered cosmetic (国妆特字), no drug"
                    : pharmacyFood ? "a pharmacy selling food (食品生产许可证 SC…), no drug"
                    : saysNotMedical
                    ? "the page says its service is not medical" : "an ordinary product or service"));
        }

        double pAd = sigmoid(ad);
        double pMedical = sigmoid(medical);
        AdKind kind = pAd < 0.5 ? AdKind.NOT_AD : pMedical >= 0.5 ? AdKind.MEDICAL_AD : AdKind.NON_MEDICAL_AD;
        reasons.add(String.format(Locale.ROOT, "ad %.2f, medical %.2f -> %s", pAd, pMedical, kind));
        // a phone the page's own kind discounts (a notice's office, a newsroom) is no way to respond
        boolean noResponseChannel = signals.stream().filter(ownPhoneOnly ? s -> !CONTACT.contains(s) : s -> true)
                .noneMatch(RESPONSE_CHANNELS::contains);
        if (notice && (institution || editorialPublisher) && !approval && noResponseChannel && kind != AdKind.NOT_AD) {
            kind = AdKind.NOT_AD; // "国家级重点学科" in a 招生简章 recruits students, not patients
            reasons.add("a notice of the institution's own business (recruitment, prices, a guide) that solicits "
                    + "no patients: no ad, whatever it says of itself -> NOT_AD");
        }
        if (kind != AdKind.NOT_AD && publicInstitution && !approval && NEWS_BREADCRUMB.matcher(page.text()).find()
                && !signals.contains(PageSignal.BOOKING_FORM) && !signals.contains(PageSignal.CONSULT_WIDGET)) {
            // the booking line is the site's footer; the patient a report names ("患者王某（化名）") is news, not a case
            kind = AdKind.NOT_AD;
            reasons.add("a report in a public hospital's news section, with no booking form or chat of its own: news "
                    + "-> NOT_AD");
        }
        if (kind != AdKind.NOT_AD && editorialPublisher && !listing && !planted && !approval && noResponseChannel
                && PUBLIC_OFFICE.matcher(advertiser.orElseThrow()).find()) {
            // a health commission's table of licensed hospitals reads to the classifier like a hospital's ad
            kind = AdKind.NOT_AD;
            reasons.add("a government body's or a school's own page (a register, notice or report) with no way to respond but its "
                    + "office: no ad, whatever hospitals it names -> NOT_AD");
        }
        if (kind != AdKind.NOT_AD && (institution || editorialPublisher) && SiteAdminPage.in(page.title())) {
            kind = AdKind.NOT_AD;
            reasons.add("a page of the site's own administration (price disclosure, recruitment, privacy policy, party "
                    + "work, an error page): the chat widget and hotline around it are the site's furniture -> NOT_AD");
        }
        // 医疗广告认定指南: an institution presenting itself, its staff and its services objectively on its
        // own site does not advertise; the phone it may print (总机, 科室电话) is one of the eight items
        // a public hospital's department page prints its booking line, timetable and online-consultation box as a
        // service to patients it must take anyway: an ad only where it claims (治愈率达98.5%, 国内领先)
        // a post planted on a thread is no institution presenting itself on its own site, nor is an invitation
        // to come for gifts on the day
        boolean departmentPage = publicInstitution && !notice && !complaint && !page.facts().phones().isEmpty()
                && DEPARTMENT_BREADCRUMB.matcher(page.text()).find();
        if (kind == AdKind.NOT_AD && departmentPage) {
            // a department presenting itself on its hospital's site, with its phone: the categorizer may read it as
            // an editorial; like any self-introduction it is an ad only if it claims (治愈率达98.5%, 国内领先)
            kind = AdKind.MEDICAL_AD;
            reasons.add("a public hospital's department page with its phone: judged as its self-introduction");
        }
        boolean selfIntroduction = kind == AdKind.MEDICAL_AD && institution && !approval && !wellnessShop && !planted
                && !invitation && (noResponseChannel || publicInstitution);
        if (selfIntroduction && publicInstitution && !departmentPage && signals.stream().noneMatch(CONTACT::contains)) {
            // a public hospital's science piece with no number, booking or chat at all: the outcomes it states
            // (5年生存率, 多数可以治愈) inform; only contact would make it a disguised ad (互联网广告管理办法§7)
            reasons.add("a public institution's page with no way at all to respond informs, whatever outcomes it "
                    + "states -> NOT_AD");
            return new AdAssessment(AdKind.NOT_AD, pAd, pMedical, reasons, false);
        }
        if (selfIntroduction) {
            reasons.add("medical institution presents itself with no booking, consultation line, chat, price, "
                    + "purchase link or approval number: an ad only if the page makes a claim");
        }
        return new AdAssessment(kind, pAd, pMedical, reasons, selfIntroduction);
    }

    /**
     * The medical device the page sells, where its title or its advertiser's name names one ("宝鸡助听器验配",
     * "XX血糖仪旗舰店"), or the text offers it for fitting or sale ("7月31日前验配OK镜"): a device merely
     * mentioned in the text (a 会销 giving away a 血压计) is not what is sold.
     */
    static Optional<String> deviceSold(String title, Optional<String> advertiser, String text) {
        return firstMatch(DEVICE_BY_NATURE, title + "\n" + advertiser.orElse(""))
                .or(() -> firstMatch(DEVICE_OFFERED, text));
    }

    /** The drug the page's title or its advertiser's name calls its product ("风湿骨痛药酒", "XX药膏旗舰店"). */
    static Optional<String> drugNamed(String title, Optional<String> advertiser) {
        return firstMatch(DRUG_BY_NAME, title + "\n" + advertiser.orElse(""));
    }

    private static Optional<String> firstMatch(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Several different parts of a paper; "doi" is read as "DOI", so the two spellings count once. */
    static boolean encyclopediaEntry(String text) {
        return distinctTerms(ENCYCLOPEDIA_PART, text) >= ENCYCLOPEDIA_PARTS;
    }

    static boolean researchPaper(String text) {
        return distinctTerms(PAPER_PART, text.replace("doi", "DOI")) >= PAPER_PARTS;
    }

    /**
     * Several different doctors' services, or one with its price ("细胞回输3次 ¥198,000/年"): the page
     * sells medical services, whoever sells them.
     */
    static boolean offersDoctorServices(String text, boolean priced) {
        long terms = offered(DOCTOR_SERVICE, text).map(MatchResult::group).distinct().count();
        return terms >= DOCTOR_SERVICE_TERMS || priced && terms > 0;
    }

    /** Several different assisted-reproduction terms: the page offers it rather than mentioning it. */
    static boolean offersAssistedReproduction(String text) {
        return distinctTerms(ASSISTED_REPRODUCTION, text) >= REPRODUCTION_TERMS;
    }

    /** How many different terms of {@code terms} the text names: an offer names several, a mention one. */
    private static long distinctTerms(Pattern terms, String text) {
        return terms.matcher(text).results().map(MatchResult::group).distinct().count();
    }

    /** A medical-cosmetic procedure is named somewhere without a disclaimer just before it, nor a "no" after it. */
    static boolean offersProcedure(String text) {
        return offered(MEDICAL_COSMETIC, text)
                .anyMatch(m -> !ANSWERED_NO.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find());
    }

    /**
     * The terms the text names without a disclaimer before them in their sentence: "本公司仅提供储存服务，不提供、
     * 不介绍任何细胞回输" offers no infusion, "本品为普通食品，不是药品或保健食品" is no health food.
     */
    private static Stream<MatchResult> offered(Pattern terms, String text) {
        return terms.matcher(text).results().filter(m -> {
            int from = m.start();
            int floor = Math.max(0, m.start() - DISCLAIMER_WINDOW);
            while (from > floor && "。！？!?\n".indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            return !DISCLAIMER.matcher(text.substring(from, m.start())).find();
        });
    }

    private static double weigh(Set<PageSignal> signals, PageSignal signal, double weight, String reason,
                                List<String> reasons) {
        if (!signals.contains(signal)) {
            return 0;
        }
        reasons.add(reason);
        return weight;
    }

    private static double logit(double p, double floor) {
        double q = Math.min(1 - floor, Math.max(floor, p));
        return Math.log(q / (1 - q));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
