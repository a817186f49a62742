package org.medadwatch.extract;

import static org.medadwatch.extract.OwnerLines.labelled;
import static org.medadwatch.extract.RegisteredNames.FULL_LEGAL_NAME;
import static org.medadwatch.extract.RegisteredNames.MEDICAL_SUFFIX;
import static org.medadwatch.extract.RegisteredNames.MIN_BRAND_RUN;
import static org.medadwatch.extract.RegisteredNames.NAME;
import static org.medadwatch.extract.RegisteredNames.SITE;
import static org.medadwatch.extract.RegisteredNames.TRAILING_NOTE;
import static org.medadwatch.extract.RegisteredNames.bestRelated;
import static org.medadwatch.extract.RegisteredNames.brandLeads;
import static org.medadwatch.extract.RegisteredNames.brandedNamesake;
import static org.medadwatch.extract.RegisteredNames.chainOfBranch;
import static org.medadwatch.extract.RegisteredNames.fullestInText;
import static org.medadwatch.extract.RegisteredNames.isLegalName;
import static org.medadwatch.extract.RegisteredNames.registered;
import static org.medadwatch.extract.RegisteredNames.registeredBehindBrand;
import static org.medadwatch.extract.RegisteredNames.registeredInBrackets;
import static org.medadwatch.extract.RegisteredNames.registeredName;
import static org.medadwatch.extract.RegisteredNames.stripLeadingWords;
import static org.medadwatch.extract.RegisteredNames.trimLeadingClause;
import static org.medadwatch.extract.RegisteredNames.widen;
import static org.medadwatch.extract.RegisteredNames.withCompanyForm;
import static org.medadwatch.extract.RegisteredNames.withoutNotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medadwatch.detect.text.ClassifiedsPage;
import org.medadwatch.detect.text.ComplaintTitle;
import org.medadwatch.detect.text.PlantedPosts;
import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.extract.OwnerLines.Labelled;

/**
 * Names the institution, shop or company that owns a page, as printed.
 *
 * <p>Sources, strongest first:
 * <ol>
 *   <li>on a WeChat article, the public account; a short account name ("芝澜堂健康") gives way to
 *       the full institution name printed in the article that shares its distinctive part
 *       ("福建芝澜堂生物科技有限公司");</li>
 *   <li>an ownership line: 版权所有：X, X 版权所有, Copyright © 2016-2026 X, © 2026 X, 主办单位：X, X 主办,
 *       本文由X出品 (an organisation's department, "X党委宣传部", gives the organisation X), 营业执照 X,
 *       an account's profile card (功能介绍 X政务公众号);</li>
 *   <li>on a judgment or decision (…判决书), the court or body it prints;</li>
 *   <li>the place a note or a short video pins (📍X门诊部);</li>
 *   <li>the markup's hints: the title's site part ("牛皮癣能治好吗_X"), a logo's {@code alt},
 *       {@code og:site_name};</li>
 *   <li>来源：X, the byline of an article on the owner's own site;</li>
 *   <li>an institution name printed in the text that shares a distinctive part with a hint;</li>
 *   <li>last, a 来源 with no institution suffix that the footer prints again ("南粤健康科普联盟").</li>
 * </ol>
 * A name from any source is preferred when it ends in an institution suffix (医院, 门诊部,
 * 有限公司, 养生馆, 网 ...). When the text prints a longer form of the chosen name (with its city:
 * "太原福沁堂养生馆" for "福沁堂养生馆"), the longer form is given; a brand of a kind no licence is
 * issued under (门诊, 国医馆) gives way to the licensed name the text prints with that brand.
 */
final class AdvertiserFinder {
    /** Platforms a page is hosted on; a title's "- 小红书" names the host, never the advertiser. */
    private static final Pattern PLATFORM = Pattern.compile(
            "^(?:快手|抖音|小红书|微博|新浪微博|知乎|百度|百度知道|百家号|淘宝|天猫|京东|拼多多|美团|大众点评|哔哩哔哩|今日头条|头条|微信|视频号|搜狐|网易)网?$");
    /** Where a host prints others' content: a portal, a forum, a marketplace, a notes or video app, a paper, a channel. */
    private static final Pattern HOST = Pattern.compile(
            SITE.pattern() + "|(?:吧|商城|笔记|直播|短视频|问答|信息港|报社|杂志社|电台|购物频道|电视购物(?:有限公司)?)$");
    /** An army's institution: a name borrowed for authority, never the business a host's page promotes. */
    private static final Pattern ARMY = Pattern.compile("解放军|部队|军区|武警|军医");
    /** Sponsors whose own name is how readers know the site: a court's, a bureau's, a university's news site. */
    private static final Pattern SPONSOR_KNOWN_BY_NAME = Pattern.compile(
            "(?:局|委员会|卫健委|政府|法院|检察院|大学|学院)$");
    /** A public body: what it publishes about a hospital (a penalty, a ruling) is not the hospital's voice. */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "(?:局|委员会|卫健委|政府|办公室|厅|法院|检察院|监督所|协会|学会)$");
    /** The kinds of public body behind a government account. */
    private static final String PUBLIC_BODY_KIND = "(?:公安局|公安分局|市场监督管理局|卫生健康委员会|卫生健康局|人民法院|人民检察院"
            + "|疾病预防控制中心|医疗保障局|税务局|消防救援支队|消防救援大队|人民政府)";
    /** How government accounts are named: "桐江公安", "澄州发布", "平安宁川", "宁川市场监管". */
    private static final Pattern PUBLIC_ACCOUNT = Pattern.compile(
            "(?:公安|网警|交警|消防|发布|市场监管|市监|卫健|疾控|法院|检察|税务|医保)$|^平安\\p{IsHan}{2}$");
    /** A document only a public body issues: a court's judgment or ruling, a bureau's decision. */
    private static final Pattern PUBLIC_BODY_DOCUMENT = Pattern.compile("(?:判决书|裁定书|调解书|决定书)$");
    /**
     * A location pin, as notes and short videos tag the place they are about ("📍深圳X医疗美容门诊部"), or
     * the shop card a note's product link opens with ("同款链接👇 植萃坊旗舰店 果蔬酵素原液 ¥69").
     */
    private static final Pattern PIN = Pattern.compile(
            "(?:📍\\s?(?:(?:地点|地址|位置|门店|店铺)\\s?[:]\\s?)?|(?:同款|商品|购买|下单|宝贝)链接[^\\p{IsHan}]{0,6}?)(" + NAME + ")");
    /**
     * A block a portal or a directory marks as paid, headed by the institution it promotes: "推广\n济南华仁男科医院\n
     * 前列腺炎一次治愈…\n咨询热线：…". The site prints it; the institution advertises.
     */
    private static final String PAID_MARK = "(?:推广|广告|赞助|赞助商|推广内容|商业推广|广告推广|【广告】|【推广】|\\[广告\\])";
    private static final Pattern SPONSORED = Pattern.compile(
            "(?m)^\\s*" + PAID_MARK + "\\s*\n\\s*(?<headed>" + NAME + ")\\s*$"
            // a listing's entry marked as paid beside or under its name: "长沙明视眼科医院 推广\n全飞秒近视手术 ￥14800"
            + "|^\\s*(?<marked>" + NAME + ")(?:[ \\t\u3000]+|\\s*\n\\s*)" + PAID_MARK + "\\s*$");
    /** The furniture of a question-and-answer or forum page. */
    private static final Pattern QA_PAGE = Pattern.compile(
            "提问于|回答于|最佳答案|网友推荐|推荐答案|楼主|回复于|#\\d+楼|\\d+楼|赞同了该回答|谢邀|等你来答|写回答");
    /** A booking line's label and the first char of its number: "预约挂号：0771-…", "在线咨询：(0577)…". */
    private static final String BOOKING_LINE =
            "(?:在线咨询|咨询热线|咨询电话|预约电话|预约热线|挂号电话|预约挂号)\\s?[:]\\s?[\\d(]";
    /** The kinds of institution a portal piece may sell. */
    private static final String SELLING_INSTITUTION = "(?:医院|门诊部|诊所|中医馆|国医馆)";
    /** An institution's hotline printed under its name: "郑州仁和肿瘤医院 咨询热线：", "仁康男科咨询电话：". */
    private static final Pattern INSTITUTION_HOTLINE = Pattern.compile(
            "(?:医院|门诊部|诊所|中医馆|国医馆|男科|妇科|肛肠|口腔|眼科|皮肤科|整形|医美)\\s*(?:咨询|预约|挂号|就诊)(?:热线|电话)\\s?[:]"
            // or on the line after a paragraph selling it ("…医院采用进口吻合器，无痛微创…\n在线咨询：0577-…"); a report
            // that only names it ("记者走访了…门诊部。\n预约电话：…") sells nothing
            + "|" + SELLING_INSTITUTION + "[^\\n]{0,60}?(?:采用|引进|开展|独家|特色|微创|无痛|专家|好时机|优惠|免费)"
            + "[^\\n]{0,60}\\n\\s*" + BOOKING_LINE
            // or a piece the institution wrote for the portal, its booking line under the credit:
            // "（本文由南宁康仁皮肤病医院皮肤性病科供稿）预约挂号：0771-…"
            + "|由[^\\n]{2,30}?" + SELLING_INSTITUTION + "[^\\n]{0,10}?(?:供稿|撰稿|投稿|提供)\\)?\\s*" + BOOKING_LINE
            // or a piece the portal marks as paid ("来源：合作稿件"), a booking line further down
            + "|来源\\s?[:]\\s*(?:合作稿件|合作稿|合作内容|推广|商业推广|广告|企业供稿|企业稿件)[\\s\\S]{0,3000}?" + BOOKING_LINE);
    /** A department's name: 招生就业处, 医务科, 人力资源部, 院办, 党委办公室. */
    private static final Pattern DEPARTMENT = Pattern.compile("(?:处|科|部|办|室|组)$");
    /** How many characters a source with no institution's suffix needs to name an organisation. */
    private static final int MIN_SOURCE_NAME = 4;
    private static final Pattern BYLINE = Pattern.compile("来源\\s?[:]\\s?(" + NAME + ")");
    /** Labels that may directly follow a name in a contact line: "X地址：", "X预约电话：". */
    private static final String CONTACT_LABEL = "地址|电话|地点|位于|热线|预约|咨询|门店|营业|总机|联系|订购|客服|手机|微信";
    /** A name standing on its own in the text: bounded on the left, and on the right by a non-name char or a contact label. */
    private static final Pattern STANDALONE = Pattern.compile(
            "(?<!\\p{IsHan})(" + InstitutionNames.NAME_CHAR + "{2,24}?(?:" + InstitutionNames.suffixAlternation() + "))"
            + "(?=$|[^\\p{IsHan}A-Za-z0-9]|" + CONTACT_LABEL + ")", Pattern.MULTILINE);
    /** Title separators; a hyphen inside a model number ("DK-300") is not one. */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile(
            "\\s*(?:[_|｜·•»–—:：]|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])|\\s{2,})\\s*");
    /**
     * A shop's name over its store buttons on a marketplace listing ("妇宁康官方旗舰店 ★4.7 关注店铺",
     * "颐康医疗器械专营店 进店逛逛"): the merchant sells, the marketplace only hosts the listing.
     */
    private static final Pattern MERCHANT = Pattern.compile(
            "(?<!\\p{IsHan})(?<shop>" + InstitutionNames.NAME_CHAR + "{2,24})[\\s★☆|·]*(?:\\d(?:\\.\\d)?分?[\\s★☆|·]*)?"
            + "(?:关注店铺|进店逛逛|进入店铺|收藏店铺|店铺首页|进店看看)"
            // a review platform's shop page: the name over its score and count of reviews ("4.8分 · 2041条评价")
            + "|(?<!\\p{IsHan})(?<rated>" + InstitutionNames.NAME_CHAR + "{2,24})\\n[^\\n]{0,12}?\\d(?:\\.\\d)?分\\s?·\\s?\\d+条(?:评价|点评)"
            // a deal platform's merchant section: "商家介绍 童康小儿推拿，传承三代…"
            + "|(?:商家介绍|商家信息|商户信息|店铺信息|门店信息|商户简介|商家简介|店铺简介|门店简介)\\s?[:]?\\s*(?<introduced>" + InstitutionNames.NAME_CHAR + "{2,24})"
            // its merchant card's label: "商家：\n青岚茗草堂茶庄\n电话：…"
            + "|(?m:^)\\s*(?:商家|商户|商家名称|商户名称)\\s?[:]\\s*(?<labelled>" + InstitutionNames.NAME_CHAR + "{2,24}?)\\s*(?=\\n|$|电话|地址)");
    /**
     * Who posted a forum thread or a classified listing: "楼主：赵氏祖传皮肤病专科". A business posting about
     * itself advertises itself, whatever site hosts the post.
     */
    private static final Pattern POSTER = Pattern.compile(
            "(?:楼主|发帖人|发布者|发布人|商家名称|商户名称)\\s?[:]\\s?(" + InstitutionNames.NAME_CHAR + "{2,24})");
    /**
     * A company a post names as a product's maker or seller ("他们是琼澜甲康生物科技有限公司的", "由X出品"): it sells,
     * the product is its brand.
     */
    private static final Pattern MAKER = Pattern.compile(
            "(?:是|由|厂家|出品)[:]?(" + InstitutionNames.NAME_CHAR + "{2,24}?(?:有限责任公司|有限公司))");
    /** A poster's handle, which may be a company's brand and a person: "发布者：福寿康小周". */
    private static final Pattern POSTER_HANDLE = Pattern.compile("(?:楼主|发帖人|发布者|发布人)\\s?[:]\\s?(\\p{IsHan}{4,10})");
    /** The shortest brand a poster's handle may share with its company: "福寿康". */
    private static final int MIN_HANDLE_BRAND = 3;
    /**
     * A Q&A answer's byline: the doctor, then the institution on the card ("王建华 医生｜北京华仁中医门诊部 疼痛科",
     * "赵建平医生\n皮肤科 · 昆明康桥皮肤病医院"). The doctor answering for a clinic advertises the clinic.
     */
    private static final Pattern ANSWERER = Pattern.compile(
            "(?:医生|医师|大夫|主任)\\s*(?:[｜|·]|\n)\\s*(?:\\p{IsHan}{1,6}科\\s*[｜|·]\\s*)?(" + InstitutionNames.NAME_CHAR + "{2,24}?"
            + "(?:医院|门诊部|诊所|中医馆|国医馆|专科))(?!\\p{IsHan})");
    /** A title that asks, as a Q&A page's does: "颈椎病小针刀能根治吗？做了会不会复发？ - 问医网". */
    private static final Pattern QUESTION_TITLE = Pattern.compile("[？?]");
    /** Who holds the event a classified listing announces: "主办：福寿康（安阳）健康科技有限公司". */
    private static final Pattern ORGANIZER = Pattern.compile(
            "(?:主办|主办方|举办方)\\s?[:]\\s?(" + InstitutionNames.NAME_CHAR + "{2,24})"
            // the notice's own sentence: "溆川瑞生源生物科技有限公司将于10月30日在枫林社区活动中心举办"
            + "|(?<![\\p{IsHan}A-Za-z0-9])(" + InstitutionNames.NAME_CHAR + "{2,24}?)(?:将于|定于)[^。\\n]{0,30}?(?:举办|举行|开展)");
    /** A medical kind a poster's name may end in without an institution's suffix: "X皮肤病专科". */
    private static final Pattern SPECIALTY = Pattern.compile("专科$");
    /** A directory of merchants' own listings: each page is the merchant's, the site only prints it. */
    private static final Pattern DIRECTORY = Pattern.compile("商家黄页|便民广告|分类广告|分类信息|信息由商家(?:自行)?(?:发布|提供)");
    /**
     * The unit a listing's form names ("商家 江州康泰生物技术工作室", "招聘单位：溆川颐和居养老服务中心"), or the maker of
     * what it sells ("由沅川康之源保健品有限公司生产").
     */
    private static final Pattern LISTED_UNIT = Pattern.compile(
            "(?:商家|商户|招聘单位|用人单位|单位名称|发布者|发布人)\\s?[:]?\\s?(" + InstitutionNames.NAME_CHAR + "{2,24})"
            + "|由(" + InstitutionNames.NAME_CHAR + "{2,24}?)(?:生产|研制|监制|出品)");
    /** The licence a medical institution's listing prints under its name (医疗广告管理办法 §6 asks for it). */
    private static final Pattern PRACTICE_LICENCE = Pattern.compile("医疗机构执业许可证");
    /** How far before its licence line a listing names the institution: a few lines of address and phone. */
    private static final int LICENCE_REACH = 160;
    /** A title part naming a shop front rather than its owner. */
    private static final Pattern SHOP_FRONT = Pattern.compile("(?:官方)?(?:商城|旗舰店|专卖店)$");
    /** A title part that is a shop front and nothing else ("_官方商城"): it names no brand. */
    private static final Pattern BARE_SHOP_FRONT = Pattern.compile("^" + SHOP_FRONT.pattern());
    private static final Pattern COMPANY = Pattern.compile("(?:公司|集团)$");
    /**
     * A title segment that is a headline rather than a name: quotes, enumeration commas, clauses, a
     * person's story ("一个28岁程序员的自述").
     */
    private static final Pattern HEADLINE_SEGMENT = Pattern.compile(
            "[“”\"「」『』、，,；;？?！!]|的(?:自述|故事|经历|日记|心声|真实经历)$");
    private static final Pattern MEDICAL_NAME = Pattern.compile(
            "(" + InstitutionNames.NAME_CHAR + "{2,24}?(?:医院|门诊部|诊所|卫生院|医务中心|中医馆|国医馆|体检中心))(?!\\p{IsHan}{0,2}(?:联盟|集团|协会|学会))");
    /** Names of a kind, not of an institution: "大医院", "正规医院", "公立医院", "人民医院站". */
    private static final Pattern GENERIC_MEDICAL = Pattern.compile(
            // a preposition or a joining word may open the clause the kind is named in ("由公立三甲医院专家主刀")
            "^(?:由|在|得|而且|并且|就像|像|对接|以及|可至|可到|请至|请到|前往)?"
            + "(?:大|小|正规|公立|民营|私立|三甲|专科|综合|这家|那家|该|本|我|贵|各|其他|别的|同类|当地|附近|一家"
            // a place word before a kind ("到外地民营医院住院", "省里一家大医院") names no institution either
            + "|外地|本地|省里|省城|市里|县里|城里|国内|国外|境外|大城市"
            // a count or a pointer before a kind ("点进了一个男科医院的网站") names no institution
            + "|一个|一所|一间|[两二三四五六七八九十]家|有家|有个|这个|那个|这所|那所|全[市省国县区]|[0-9]+家|[^家]{0,4}(?:好几|几|多)家|[^些]{0,4}(?:那些|这些|一些|某些)"
            // a relation, not a name ("自有合作医院", "合作医院")
            + "|自有|合作|定点|指定"
            // advice, not a name ("选对医院很重要", "找家正规诊所")
            + "|选对|选好|选择|找对|找家|找个|挑选|去|到"
            // a claim about an institution, not its name ("比国内三甲医院体检精准", "与北京三甲医院深度合作", "韩国排名第一整形医院")
            + "|比|与|[^排]{0,6}(?:排名|排行)第?[一1]"
            // an army or a county's hospital, unnamed ("原部队医院听力专家", "在县医院住了两次院")
            + "|原?部队|原?军区|[县市](?=(?:人民|中)?医院$)"
            // a kind with no brand before it ("都是医美医院同款针剂")
            + "|(?:医美|美容|整形|口腔|牙科|眼科|男科|妇科|中医|皮肤病?|肛肠|骨科)(?:医院|诊所|门诊部)$)");
    /** A clause ending in going to a hospital, not a name: "直到几乎看不见才来医院", "拖到最后再去诊所". */
    private static final Pattern GOING_THERE = Pattern.compile(
            "(?:才|就|再|都|不|没|要|得|该|先|又|还|赶紧|马上|直接)(?:来|去|到|进|住|回|上|跑)(?:医院|诊所|门诊部)$");
    /** A relation claimed to another institution, not a name: "岚泽市精神卫生中心技术协作医院", "三甲医院合作单位". */
    private static final Pattern RELATION = Pattern.compile("(?:协作|合作|指导|帮扶|联盟)(?:医院|单位|基地|医疗机构)$");
    /** A speaker's pointer, not a name: "我们医院", "他们家诊所". */
    private static final Pattern SPEAKER_LED = Pattern.compile("^(?:我们|咱们|你们|他们|她们|我|本院)");
    /** A writer recommending what follows: "这里给大家推荐成都悦妍医疗美容门诊部". */
    private static final Pattern VOUCHED = Pattern.compile("推荐|推介|推薦");
    /** The words a voucher puts before the name: "给大家推荐X医院", "我们X诊所" (強烈推介 as printed in traditional). */
    private static final Pattern VOUCHER_LEAD = Pattern.compile("^[^推]{0,4}?(?:强烈|強烈)?(?:推荐|推介|推薦)|^我们|^我們");
    /** A clinic's brand in a post, with the words that lead to it: "来我们甬城齿康口腔看看", "我就是在汀兰妇科做的". */
    private static final Pattern CLINIC_BRAND = Pattern.compile(
            "\\p{IsHan}{2,12}(?:口腔|医疗美容|医美|整形|妇科|男科)(?!\\p{IsHan}{0,2}(?:医院|门诊|诊所|工作室|会所))");
    /** Words that lead to a brand and are not part of it. */
    private static final String LEAD_WORDS = "们来去在到找是的了由";
    /** A company a post prints whole, after a phone or in brackets ("订购热线：400-…（安徽谷维康生物科技有限公司）"). */
    private static final Pattern SELLER_COMPANY = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{4,24}?(?:有限责任公司|有限公司))");
    /** A centre a planted post names by its kind: no licensed clinic, yet the business behind the post. */
    private static final Pattern CENTRE = Pattern.compile(
            "\\p{IsHan}{2,16}(?:健康管理中心|医学中心|细胞中心|抗衰中心|研究所|研究院)");
    /**
     * A product's name in the brackets a seller's post sets it in: "【糖立清®桑叶苦瓜胶囊】"; not a post's tag
     * ("【分享】吃印度版…的经历").
     */
    private static final Pattern BRACKETED_PRODUCT = Pattern.compile(
            "【(?!(?:分享|求助|讨论|原创|转载|推荐|经验|提问|问答|转发|置顶|精华|求医|求药|交流|心得|日记|公告|通知|更新"
            // a transcript's speakers: "【画外音】", "【患者】"
            + "|画外音|旁白|字幕|解说|主持人|患者|嘉宾|记者|开场|产品|安全|见证|福利)】)"
            + "([^】\\s]{2,20})】");
    /** A name asked about or put in doubt, not named: "郑州哪家医院", "什么医院", "某医院", "所谓的医院". */
    private static final Pattern QUESTIONED = Pattern.compile("哪家|哪个|哪里|哪所|什么|某|所谓");
    /** An institution speaking of itself. */
    private static final Pattern FIRST_PERSON_INSTITUTION = Pattern.compile("我院|本院|我们医院|我诊所|本诊所|我们诊所|本门诊");
    /** The institution's (or its doctor's assistant's) phone or WeChat, given with the number. */
    private static final String INSTITUTION_NUMBER =
            SignalFinder.OWN_NUMBER_LABEL + "(?:号码?|号)?\\s?[:：是]?\\s?[0-9A-Za-z]";
    /** The reader is told how to come or call. */
    private static final Pattern SOLICITS_VISIT = Pattern.compile(
            "(?:预约|咨询|报名|挂号|就诊)(?:电话|热线)|咨询预约|预约咨询|(?:预约|挂号)方式|来院|到院|到店|点击咨询|在线咨询|在线预约|网上预约|预约挂号"
            // a number the reader is told to ring to book: "市民可拨打0851-85567012咨询预约"
            + "|拨打\\s?[0-9][0-9 -]{6,}\\s?(?:咨询|预约|挂号|报名)"
            // a patient passing on the place's own number: "他们家电话0871-…", "打医院电话 025-…"
            + "|" + INSTITUTION_NUMBER);
    /** A qualifier a shop adds to its name in the title ("李记正骨推拿（非医疗）", "XX口腔（总店）"): no part of the name. */
    private static final Pattern TITLE_QUALIFIER =
            Pattern.compile("\\s*\\((?:非医疗(?:机构)?|官网|官方网站|官方|总店|总部|旗舰店|首页|主页)\\)$|(?<=\\p{IsHan}{2})(?:官网|官方网站)$|(?<=药房|药店)(?:网上药店|网上商城|网店)$");
    private static final Pattern JUNK_SEGMENT = Pattern.compile("(?i)^(?:powered by.*|首页|主页|官网|官方网站|(?:商品|产品|文章|内容)?详情|问答|正文|.*[?？!！。，,]$)$");

    Optional<String> find(OwnerHints hints, String text) {
        return find(hints, text, PlantedPosts.in(hints.title(), text));
    }

    Optional<String> find(OwnerHints hints, String text, List<PlantedPosts.Post> planted) {
        return choose(hints, Reading.of(text), planted).map(name -> finished(name, text));
    }

    /** The page's advertiser and, on a host's page, the business its content promotes ({@link #promoted}). */
    record Owners(Optional<String> advertiser, Optional<String> promoted) {
    }

    /**
     * Both owners of a page, its text folded and its ownership lines read once for the two.
     *
     * @param planted the page's planted posts ({@link PlantedPosts#in}), read once by the extractor
     */
    Owners owners(OwnerHints hints, String text, List<PlantedPosts.Post> planted) {
        Reading page = Reading.of(text);
        Optional<String> advertiser = choose(hints, page, planted).map(name -> finished(name, text));
        return new Owners(advertiser, promoted(page, advertiser));
    }

    /** A page's text, folded one char for one, and its ownership lines: what both owners are read from. */
    private record Reading(String text, String folded, Labelled labelled) {
        static Reading of(String text) {
            // one char for one, so names are cut from the text as printed: "深圳市福田區頤康中醫門診部"
            String folded = TextFolder.simplified(WidthFolder.fold(text));
            return new Reading(text, folded, OwnerLines.labelled(folded, text));
        }
    }

    /**
     * On a page a host publishes (a portal, a forum, a marketplace, a notes or video app), the business its
     * content promotes: the hospital a portal's advertorial sends readers to, the maker of a product a mall
     * lists. Who advertises once the page is judged an ad; a page that is no ad stays the host's. Empty where
     * {@code owner} is no host or nothing but the host's own brand stands out.
     */
    Optional<String> promoted(String text, Optional<String> owner) {
        return promoted(Reading.of(text), owner);
    }

    private Optional<String> promoted(Reading page, Optional<String> owner) {
        if (owner.filter(o -> HOST.matcher(o).find() || PLATFORM.matcher(o).matches()).isEmpty()) {
            return Optional.empty();
        }
        String host = owner.get();
        String text = page.text();
        String folded = page.folded();
        List<String> holders = page.labelled().copyrightHolders();
        Predicate<String> another = name -> !HOST.matcher(name).find() && !sharesBrand(host, name)
                && holders.stream().noneMatch(h -> sharesBrand(h, name))
                && InstitutionNames.hanCount(InstitutionNames.core(name)) >= 2
                && !PUBLIC_BODY.matcher(name).find() && !PlantedPosts.isPublic(name) && !ARMY.matcher(name).find()
                && !GENERIC_MEDICAL.matcher(TextFolder.simplified(name)).find();
        Optional<String> institution = promotedInstitution(folded, text, true).filter(another);
        List<String> businesses = standaloneNames(folded, text).stream().filter(another).distinct().toList();
        return institution.or(() -> mostPrinted(businesses, folded)).or(() -> onlyLegalName(businesses))
                .or(() -> businesses.size() == 1 ? Optional.of(businesses.get(0)) : Optional.empty())
                .map(name -> finished(name, text));
    }

    /**
     * Whether two names share a brand: a run of three characters, or of two that is not just the place both
     * open with ("青川健康网" and "青川仁爱男科医院" share only their city).
     */
    private static boolean sharesBrand(String a, String b) {
        int run = InstitutionNames.sharedRun(a, b);
        return run >= 3 || run == 2 && !(a.length() > 2 && b.startsWith(a.substring(0, 2)));
    }

    /** A chosen name as the clue sheet gives it: as printed, in its registered form, without notes. */
    private static String finished(String chosen, String text) {
        String name = asPrintedInText(RegisteredNames.withoutOpenNote(chosen), text);
        name = withCompanyForm(registeredInBrackets(name, text), text);
        return fullestInText(chainOfBranch(name, text), text);
    }

    /** A name taken from a traditional-character title is given as the text prints it, if it does. */
    private static String asPrintedInText(String name, String text) {
        String simplified = TextFolder.simplified(name);
        return !simplified.equals(name) && text.contains(simplified) ? simplified : name;
    }

    private Optional<String> choose(OwnerHints hints, Reading page, List<PlantedPosts.Post> planted) {
        String text = page.text();
        String folded = page.folded();
        Labelled labelled = page.labelled();
        boolean complaint = ComplaintTitle.in(hints.title());
        if (complaint && labelled.owner().isEmpty() && hints.wechatAccount().isEmpty()) {
            // a complaint post is published by the platform that hosts it ("… - 维权帮投诉平台"), not by
            // the hospital it accuses, however often it names it
            Optional<String> platform = markupHints(hints).stream().filter(h -> SITE.matcher(h).find()).findFirst()
                    .or(() -> PlantedPosts.threadSite(hints.title(), text));
            if (platform.isPresent()) {
                return platform;
            }
        }
        if (hints.wechatAccount().isEmpty() && labelled.operator().isEmpty()) {
            // the thread or the portal is the platform's; the ad in it is the clinic's a planted post pushes,
            // or the institution's a paid block promotes
            Optional<String> promoter = plantedPromotion(planted, text, folded).or(() -> sponsored(folded, text));
            if (promoter.isPresent()) {
                return promoter;
            }
        }
        Found found = owner(hints, text, folded, labelled);
        Optional<String> owner = found.name();
        if (found.declared() || owner.isPresent() && owner.equals(labelled.operator())) {
            // the page names its registered operator; a hospital an account's article names is a guest speaker's
            return owner;
        }
        boolean blogger = hints.wechatAccount().map(String::strip)
                .filter(a -> !a.isEmpty() && !InstitutionNames.isInstitution(a)).isPresent();
        // a bureau's penalty decision or a court's ruling quotes the hospital it names; the body publishes
        boolean publicBody = owner.map(o -> PUBLIC_BODY.matcher(o).find()).orElse(false);
        if (!complaint && !publicBody && owner.map(o -> !MEDICAL_SUFFIX.matcher(o).find()).orElse(true)) {
            // on a Q&A or forum page a "网友" recommending a hospital with its booking phone is its voice too
            // (a portal by its suffix, or a platform known by a bare brand: "… - 问知")
            // a story on a portal that closes with a hospital's own hotline box ("郑州仁和肿瘤医院 咨询热线：…") is that
            // hospital's advertorial
            boolean answerOnPortal = owner.map(o -> SITE.matcher(o).find() || !InstitutionNames.isInstitution(o))
                    .orElse(false) && (QA_PAGE.matcher(folded).find() || INSTITUTION_HOTLINE.matcher(folded).find());
            boolean credited = found.standing() == Standing.CREDITED;
            // a headline taken for a name ("早泄不是小事｜一个28岁程序员的自述") names no one: the clinic the story sends readers to does
            // (a name the footer's copyright line holds is the site's own: "张律师说法 © 2026")
            boolean headline = owner.filter(o -> WidthFolder.fold(hints.title()).contains(o) && !InstitutionNames.isInstitution(o)
                    && !SITE.matcher(o).find()
                    && labelled.copyrightHolders().stream().noneMatch(c -> WidthFolder.fold(c).equals(o))).isPresent();
            Optional<String> promoted = promotedInstitution(folded, text,
                    owner.isEmpty() || credited || blogger || answerOnPortal || headline);
            if (promoted.isPresent()) {
                return promoted;
            }
        }
        return owner;
    }

    /** How a name came to stand for the owner. */
    private enum Standing {
        /** An account's operator line or a sponsor line declared it: nothing overrides it. */
        DECLARED,
        /** Read from ownership lines, the markup or the names the text prints. */
        INFERRED,
        /** Only a source credit names it: it wrote the piece, which may still promote someone else. */
        CREDITED
    }

    /** A name for the owner, and how it came to stand for the owner. */
    private record Found(Optional<String> name, Standing standing) {
        static Found of(Optional<String> name) {
            return new Found(name, Standing.INFERRED);
        }

        static Found of(String name) {
            return of(Optional.of(name));
        }

        static Found declared(Optional<String> name) {
            return new Found(name, Standing.DECLARED);
        }

        boolean declared() {
            return standing == Standing.DECLARED;
        }
    }

    private Found owner(OwnerHints hints, String text, String folded, Labelled labelled) {
        List<String> standalone = standaloneNames(folded, text);
        Optional<String> account = hints.wechatAccount().map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> owner = labelled.owner();
        Optional<String> operator = labelled.operator();
        if (account.isPresent() && operator.isPresent()) {
            return Found.declared(operator); // 账号主体/运营主体 under the account: who registered it
        }
        if (account.isPresent() && PUBLIC_ACCOUNT.matcher(account.get()).find()) {
            // a government account ("桐江公安", "澄州发布") publishes for the body of its place the page prints
            return Found.declared(bodyOfPlace(account.get(), text).or(() -> account));
        }
        if (account.isPresent() && !InstitutionNames.isInstitution(account.get())) {
            // a group chat or a column named for its topic: the one company the page prints runs it
            Optional<String> company = onlyLegalName(standalone);
            if (company.isPresent() && owner.isEmpty()) {
                return Found.of(company);
            }
            // a group named for its neighbourhood or topic ("幸福里邻里团") shares nothing with the company
            // its 主办单位 line names: that company organises the sale
            if (owner.filter(o -> FULL_LEGAL_NAME.matcher(o).find()).isPresent()) {
                return Found.declared(owner);
            }
        }
        if (account.isPresent() && !MEDICAL_SUFFIX.matcher(account.get()).find()) {
            // a brand account ("明眸儿童视光中心") signing its article with the licensed clinic of its brand
            // ("成都明眸眼科门诊部"): the clinic advertises, the brand is its shop sign
            Optional<String> licensed = standalone.stream()
                    .filter(n -> MEDICAL_SUFFIX.matcher(n).find() && brandLeads(account.get(), n)).findFirst();
            if (licensed.isPresent() && owner.isEmpty()) {
                return Found.of(licensed);
            }
        }
        if (account.isPresent()) {
            // an account is a brand; the operator it names at its foot ("主办单位：郑州颐年堂健康咨询有限公司"
            // under "颐年堂健康会") is who advertises
            Optional<String> declared = owner.filter(o -> InstitutionNames.sharedRun(account.get(), o) >= 2);
            return declared.isPresent() ? Found.declared(declared)
                    : Found.of(registeredBehindBrand(widen(account.get(), standalone), standalone));
        }
        Optional<String> seller = operator.isEmpty() ? listingSeller(hints.title(), text, folded, labelled, standalone)
                : Optional.empty();
        if (seller.isPresent()) {
            return Found.of(seller);
        }
        List<String> markupHints = markupHints(hints);
        Optional<String> site = markupHints.stream()
                .filter(h -> SITE.matcher(h).find() && InstitutionNames.isInstitution(h) && folded.contains(h)).findFirst();
        // a company behind a portal is not who readers know; a university, court or society sponsoring a site is
        if (owner.isPresent() && site.isPresent() && !SITE.matcher(owner.get()).find()
                && !SPONSOR_KNOWN_BY_NAME.matcher(owner.get()).find()) {
            return Found.of(site); // "有问必答网" over the company that holds its copyright: the name readers know
        }
        if (owner.isPresent()) {
            // "Copyright © 岐元堂" is a brand; the company the footer prints with it is who advertises
            return Found.of(registered(owner.get(), standalone));
        }
        if (TITLE_SEPARATORS.splitAsStream(WidthFolder.fold(hints.title()).strip())
                .anyMatch(s -> PUBLIC_BODY_DOCUMENT.matcher(s.strip()).find())) {
            // a judgment names its parties in its title; the court that prints it at its head issues it (a
            // field's label, "审理法院：X人民法院", is no name)
            Optional<String> body = standalone.stream().filter(n -> PUBLIC_BODY.matcher(n).find())
                    .filter(n -> !folded.contains(TextFolder.simplified(WidthFolder.fold(n)) + ":")).findFirst();
            if (body.isPresent()) {
                return Found.of(body);
            }
        }
        Optional<String> pinned = pinned(folded, text);
        if (pinned.isPresent()) {
            return Found.of(pinned); // the place a note or a video tags is what it promotes
        }
        Optional<String> corroborated = corroborated(hints);
        if (corroborated.filter(InstitutionNames::isInstitution).isPresent()) {
            return Found.of(registeredName(corroborated.get(), standalone));
        }
        Optional<String> hinted = titleInstitution(markupHints, hints.title(), folded);
        Optional<String> glossed = hinted.flatMap(h -> glossed(h, folded, text));
        if (glossed.isPresent()) {
            return Found.of(glossed);
        }
        if (hinted.isPresent() && SHOP_FRONT.matcher(hinted.get()).find()) {
            // "德康颈腰康治疗仪 官方商城" names a shop front; the company the text prints that shares its
            // brand ("梧川德康医疗器械有限公司") is who publishes it. A bare "官方商城" carries no brand: the
            // whole title does, and where no company shares it, the one company the page prints runs the shop.
            boolean bare = BARE_SHOP_FRONT.matcher(hinted.get()).matches();
            List<String> companies = standalone.stream().filter(n -> COMPANY.matcher(n).find()).distinct().toList();
            Optional<String> maker = bestRelated(bare ? hints.title() : hinted.get(), companies);
            if (maker.isEmpty() && bare && companies.size() == 1) {
                maker = Optional.of(companies.get(0));
            }
            if (maker.isPresent()) {
                return Found.of(maker);
            }
        }
        if (hinted.isPresent() && !printedBeyondTitle(hinted.get(), hints.title(), folded)) {
            // a title keyword the page never prints ("郑州植发医院" beside "郑州青丝源植发") is for search engines;
            // the registered name the footer prints with another segment's brand is the owner
            Optional<String> legal = standalone.stream().filter(n -> FULL_LEGAL_NAME.matcher(n).find())
                    .filter(n -> markupHints.stream().anyMatch(h -> InstitutionNames.sharedRun(h, n) >= MIN_BRAND_RUN))
                    .findFirst();
            if (legal.isPresent()) {
                return Found.of(legal);
            }
            // "昆阳植发医院" in the title, "昆阳青丝源植发医疗美容门诊部" on the page: the same place and kind
            // with the brand put in is the institution registered behind the keyword
            Optional<String> branded = brandedNamesake(hinted.get(), standalone);
            if (branded.isPresent()) {
                return Found.of(branded);
            }
        }
        if (hinted.isPresent()) {
            return Found.of(registeredName(hinted.get(), standalone));
        }
        if (corroborated.isPresent()) {
            return Found.of(registeredName(corroborated.get(), standalone));
        }
        Matcher byline = BYLINE.matcher(folded);
        while (byline.find()) {
            String name = text.substring(byline.start(1), byline.end(1));
            if (InstitutionNames.isInstitution(name)) {
                return Found.of(name);
            }
        }
        Optional<String> registered = markupHints.stream()
                .map(h -> registered(h, standalone)).filter(r -> !markupHints.contains(r)).findFirst();
        if (registered.isPresent()) {
            return Found.of(registered);
        }
        Optional<String> related = markupHints.stream()
                .flatMap(h -> bestRelated(h, standalone).stream())
                .findFirst();
        // where no institution is named at all, a title segment the copyright line holds is the brand
        // ("燃动健康 · 21天减脂训练营 | 不节食 不吃药 科学减重" over "© 2026 燃动健康 版权所有"), not a slogan
        Optional<String> last = related.or(() -> mostPrinted(standalone, folded)).or(() -> onlyLegalName(standalone))
                .or(() -> markupHints.stream().filter(h -> labelled.copyrightHolders().stream()
                        .anyMatch(c -> WidthFolder.fold(c).equals(h))).findFirst())
                .or(() -> markupHints.stream().findFirst());
        return last.isPresent() ? Found.of(last) : new Found(creditedSource(folded, text), Standing.CREDITED);
    }

    /**
     * A source with no institution's suffix ("来源：南粤健康科普联盟") that the page prints again on its own, in
     * its footer: the site's own name, where nothing else names one. A department ("来源：招生就业处") is
     * its organisation's, not a publisher.
     */
    private static Optional<String> creditedSource(String folded, String text) {
        Matcher byline = BYLINE.matcher(folded);
        while (byline.find()) {
            String name = text.substring(byline.start(1), byline.end(1));
            if (InstitutionNames.hanCount(name) >= MIN_SOURCE_NAME && !DEPARTMENT.matcher(name).find()
                    && printedAloneElsewhere(folded, byline.start(1), byline.end(1))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The institution name the text prints most often, if it prints one at least twice: a shop
     * page whose title is a product ("清溃散 口腔溃疡散 OTC") is owned by the company it names
     * in its shop banner and maker line.
     */
    private static Optional<String> mostPrinted(List<String> standalone, String folded) {
        String best = null;
        int bestCount = 1;
        for (String name : new java.util.LinkedHashSet<>(standalone)) {
            int count = occurrences(folded, WidthFolder.fold(name));
            if (count > bestCount) {
                best = name;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A public body of the account's place as the text prints it: "桐江公安" is "桐江县公安局". */
    private static Optional<String> bodyOfPlace(String account, String text) {
        String place = Pattern.quote(account.substring(0, Math.min(2, account.length())));
        // with the province or city before it where the text prints one: "上海市浦江区市场监督管理局"
        Matcher m = Pattern.compile("(?:\\p{IsHan}{2,3}?[省市])?" + place + "\\p{IsHan}{0,3}?" + PUBLIC_BODY_KIND)
                .matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * The first medical institution heading a block the page marks as paid, or any shop or institution whose
     * listing entry the page marks so ({@link #SPONSORED}).
     */
    private static Optional<String> sponsored(String folded, String text) {
        Matcher m = SPONSORED.matcher(folded);
        while (m.find()) {
            String group = m.group("headed") != null ? "headed" : "marked";
            String name = text.substring(m.start(group), m.end(group));
            if (MEDICAL_SUFFIX.matcher(name).find() || group.equals("marked") && InstitutionNames.isInstitution(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The licensed institution a brand is glossed with in brackets where the page names it:
     * "北辰体重管理中心（天津北辰康泰综合门诊部）" is the clinic's brand, and the clinic advertises. A brand
     * that is itself a licensed or registered name keeps it: its bracket is a note ("（原X卫生院）").
     */
    private static Optional<String> glossed(String brand, String folded, String text) {
        if (RegisteredNames.keepsOwnName(brand)) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile(Pattern.quote(brand) + "\\s?[（(]\\s?(" + NAME + ")\\s?[）)]").matcher(folded);
        while (m.find()) {
            String name = text.substring(m.start(1), m.end(1));
            if (RegisteredNames.LICENSED_MEDICAL.matcher(name).find()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The institution or shop a pin tags ("📍悦禧月子会所（滨江店）"); a pinned street is no name. */
    private static Optional<String> pinned(String folded, String text) {
        Matcher m = PIN.matcher(folded);
        while (m.find()) {
            String name = withoutNotes(text.substring(m.start(1), m.end(1)));
            if (InstitutionNames.isInstitution(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Whether the name at {@code start..end} of the text is printed again elsewhere, standing on its own. */
    private static boolean printedAloneElsewhere(String folded, int start, int end) {
        String name = folded.substring(start, end);
        Matcher m = Pattern.compile("(?<![\\p{IsHan}A-Za-z0-9])" + Pattern.quote(name) + "(?![\\p{IsHan}A-Za-z0-9])")
                .matcher(folded);
        while (m.find()) {
            if (m.start() != start) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text prints {@code name} other than where it repeats the title. */
    private static boolean printedBeyondTitle(String name, String title, String folded) {
        String n = TextFolder.simplified(WidthFolder.fold(name));
        return occurrences(folded, n) > occurrences(TextFolder.simplified(WidthFolder.fold(title)), n);
    }

    /**
     * The institution the markup names that the page prints beyond its title, a licensed kind first (a 中心, a 门诊
     * or a 馆 may be a department or a programme: "康源关节医院-膝关节软骨再生中心", "轻盈互联网医院 · 减重门诊", where
     * the department is printed in the header too); the first institution where the page prints none.
     */
    private static Optional<String> titleInstitution(List<String> markupHints, String title, String folded) {
        String best = null;
        int bestRank = -1;
        for (String h : markupHints) {
            if (InstitutionNames.isInstitution(h)) {
                int rank = !printedBeyondTitle(h, title, folded) ? 0 : RegisteredNames.LICENSED_MEDICAL.matcher(h).find() ? 2 : 1;
                if (rank > bestRank) {
                    best = h;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The one registered name a page prints, when it prints exactly one: a note's "📍广州天河区肌研社皮肤管理工作室". */
    private static Optional<String> onlyLegalName(List<String> standalone) {
        List<String> legal = standalone.stream().filter(n -> FULL_LEGAL_NAME.matcher(n).find()).distinct().toList();
        return legal.size() == 1 ? Optional.of(legal.get(0)) : Optional.empty();
    }

    private static int occurrences(String text, String name) {
        int count = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            count++;
        }
        return count;
    }

    /**
     * The clinic, or failing one the product (【糖立清®桑叶苦瓜胶囊】, "喝了轻本草益生菌酵素饮"), that a planted post
     * on a thread pushes; see {@link PlantedPosts}.
     */
    private static Optional<String> plantedPromotion(List<PlantedPosts.Post> planted, String text, String folded) {
        for (PlantedPosts.Post post : planted) {
            Optional<String> pushed = plantedClinic(post, text, folded).or(() -> plantedCentre(post, text, folded))
                    .or(() -> namedInPost(MAKER, post, folded, text)).or(() -> namedInPost(SELLER_COMPANY, post, folded, text))
                    .or(() -> plantedProduct(post, text, folded));
            if (pushed.isPresent()) {
                return pushed;
            }
        }
        return Optional.empty();
    }

    /**
     * The first private clinic a post names, in its fullest form (the text's "郓城城东皮肤病诊所" over the
     * byline's "城东皮肤病诊所"), or a dental or beauty brand known without a licence's suffix ("来我们甬城齿康口腔看看").
     */
    private static Optional<String> plantedClinic(PlantedPosts.Post post, String text, String folded) {
        Matcher m = MEDICAL_NAME.matcher(folded).region(post.start(), post.end());
        String fullest = null;
        while (m.find()) {
            String name = medicalNameAt(m, text);
            if (namesAnInstitution(name) && !PlantedPosts.isPublic(name) && !ARMY.matcher(name).find()
                    && (fullest == null || name.length() > fullest.length() && name.contains(fullest))) {
                fullest = name;
            }
        }
        if (fullest != null) {
            return Optional.of(fullest);
        }
        Matcher brand = CLINIC_BRAND.matcher(folded).region(post.start(), post.end());
        boolean found = brand.find();
        while (found && brand.start() > 0 && folded.charAt(brand.start() - 1) == '#') {
            found = brand.find(); // a hashtag ("#成都医美#") files the post under a topic, it names no clinic
        }
        if (!found) {
            // folded is the text one char for one, so the name is cut from the text where it stands in folded
            return PlantedPosts.shortNamed(folded.substring(post.start(), post.end()), folded).map(name -> {
                int at = folded.indexOf(name);
                return withoutLeadingWords(text.substring(at, at + name.length()));
            });
        }
        // a public hospital's department ("在市医院妇科") is no clinic's brand
        return Optional.of(afterLeadWord(text.substring(brand.start(), brand.end()))).filter(name -> !PlantedPosts.isPublic(name));
    }

    /**
     * The health-management, cell or research centre a post works for, no licensed clinic but the business it
     * pushes: "我所在的是棠江臻元生命科技健康管理中心" is 棠江臻元生命科技健康管理中心.
     */
    private static Optional<String> plantedCentre(PlantedPosts.Post post, String text, String folded) {
        Matcher centre = CENTRE.matcher(folded).region(post.start(), post.end());
        if (!centre.find()) {
            return Optional.empty();
        }
        String name = afterLeadWord(text.substring(centre.start(), centre.end())).replaceFirst("^(?:全称|名称|名叫|叫做)", "");
        return Optional.of(name).filter(n -> !PlantedPosts.isPublic(n));
    }

    /** A name run from a sentence, from just after the last word leading to it ("来我们甬城齿康口腔" is 甬城齿康口腔). */
    private static String afterLeadWord(String run) {
        int lead = run.length() - 4;
        while (lead > 0 && LEAD_WORDS.indexOf(run.charAt(lead - 1)) < 0) {
            lead--;
        }
        return run.substring(lead);
    }

    /** The first name {@code pattern}'s group 1 finds in a post, as printed. */
    private static Optional<String> namedInPost(Pattern pattern, PlantedPosts.Post post, String folded, String text) {
        Matcher m = pattern.matcher(folded).region(post.start(), post.end());
        return m.find() ? Optional.of(text.substring(m.start(1), m.end(1))) : Optional.empty();
    }

    /** The product a post sets in brackets, or says it used or recommends. */
    private static Optional<String> plantedProduct(PlantedPosts.Post post, String text, String folded) {
        Matcher bracketed = BRACKETED_PRODUCT.matcher(text).region(post.start(), post.end());
        Optional<String> product = bracketed.find() ? Optional.of(bracketed.group(1))
                : namedInPost(PlantedPosts.USED_PRODUCT, post, folded, text);
        return product.map(p -> makerOf(p, text).orElse(p));
    }

    /**
     * The company the page prints whose name holds the product's brand, the seller behind the post: "泰和小分子肽"
     * is 嵘江泰和生物科技有限公司's where the footer names it.
     */
    private static Optional<String> makerOf(String product, String text) {
        Matcher company = SELLER_COMPANY.matcher(text);
        while (company.find()) {
            String name = afterLeadWord(withoutLeadingWords(company.group(1)));
            if (sharesBrand(product, name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The name a {@link #MEDICAL_NAME} match holds, as printed, without the words that lead to it in a
     * sentence or a recommendation ("这里给大家推荐成都悦妍医疗美容门诊部" is 成都悦妍医疗美容门诊部).
     */
    private static String medicalNameAt(Matcher m, String text) {
        return withoutLeadingWords(text.substring(m.start(1), m.end(1)));
    }

    /** A name run into the words before it, without them: a greeting, a field's label, a recommendation's lead. */
    private static String withoutLeadingWords(String run) {
        return VOUCHER_LEAD.matcher(trimLeadingClause(stripLeadingWords(run))).replaceFirst("");
    }

    /** Whether a name cut from a sentence names one institution, not a kind ("正规医院") or a question ("哪家医院"). */
    private static boolean namesAnInstitution(String name) {
        String plain = TextFolder.simplified(name); // "這家醫院" is as generic as "这家医院"
        return InstitutionNames.isInstitution(name) && !GENERIC_MEDICAL.matcher(plain).find()
                && !QUESTIONED.matcher(plain).find() && !GOING_THERE.matcher(plain).find();
    }

    /**
     * The medical institution a page promotes when its owner is a portal, a blogger or unknown: a
     * Q&A site where a hospital's doctor answers in the hospital's voice ("我院采用…，咨询电话…"),
     * a blogger's account sending readers to a clinic ("到店报暗号…，预约电话…"). The voice or the
     * call to come must be there; a hospital merely named in a news story promotes nothing. On any
     * other page a private clinic the writer recommends with a call to come ("律师提醒…这里给大家推荐
     * 成都悦妍医疗美容门诊部…预约电话") is promoted too.
     * The most often printed medical name wins; the first printed a tie.
     */
    private static Optional<String> promotedInstitution(String folded, String text, boolean bloggerOrUnknown) {
        boolean voice = FIRST_PERSON_INSTITUTION.matcher(folded).find();
        if (!SOLICITS_VISIT.matcher(folded).find()) {
            return Optional.empty();
        }
        boolean anyName = voice || bloggerOrUnknown;
        Matcher m = MEDICAL_NAME.matcher(folded);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            // on any other page only a private clinic the writer recommends ("给大家推荐成都悦妍医疗美容门诊部")
            boolean vouched = VOUCHED.matcher(folded.substring(Math.max(0, m.start(1) - 10), m.end(1))).find();
            if (!anyName && !vouched) {
                continue;
            }
            String name = medicalNameAt(m, text);
            if (namesAnInstitution(name) && (anyName || !PlantedPosts.isPublic(name))) {
                names.add(name);
            }
        }
        String best = null;
        int bestCount = 0;
        for (String name : new java.util.LinkedHashSet<>(names)) {
            int count = java.util.Collections.frequency(names, name);
            if (count > bestCount) {
                best = name;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A name the markup gives twice: a title segment that is also the logo's alt or og:site_name
     * ("记者暗访…_蔚城融媒" with a logo alt "蔚城融媒") is the site's own name even without a suffix.
     */
    private static Optional<String> corroborated(OwnerHints hints) {
        List<String> marks = new ArrayList<>();
        for (String alt : hints.logoAlts()) {
            marks.add(WidthFolder.fold(alt).strip());
        }
        hints.siteName().map(n -> WidthFolder.fold(n).strip()).ifPresent(marks::add);
        List<String> segments = List.of(TITLE_SEPARATORS.split(WidthFolder.fold(hints.title()).strip()));
        for (int i = segments.size() - 1; i >= 0; i--) {
            // a bracketed note after the name ("X眼科医院（X市人民医院眼科分院）") is not part of it
            String s = TRAILING_NOTE.matcher(segments.get(i).strip()).replaceFirst("");
            if (InstitutionNames.hanCount(s) >= 2 && marks.contains(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * On a page that hosts others' listings, the business a listing names advertises, not the host: a
     * forum post's poster, a directory's merchant, a marketplace's store (its brand's company where the page
     * prints one), a clinic over its practice licence on a medical-beauty app whose footer names the app's company.
     */
    private static Optional<String> listingSeller(String title, String text, String folded, Labelled labelled,
                                                  List<String> standalone) {
        Optional<String> owner = labelled.owner();
        boolean medicalHost = owner.filter(o -> MEDICAL_SUFFIX.matcher(o).find()).isPresent();
        boolean classifieds = ClassifiedsPage.in(title, folded);
        // a listing's note on its poster is no part of the name: "发布者：X中医诊所（商家）"
        return first(POSTER, folded, text, n -> posterName(withoutNotes(n))).map(RegisteredNames::withoutNotes)
                .or(() -> posterCompany(folded, text))
                // an answer on a Q&A page; a hospital's own site (an internet hospital's doctor page) is the hospital's
                .or(() -> medicalHost || !QA_PAGE.matcher(folded).find() && !QUESTION_TITLE.matcher(title).find() ? Optional.empty()
                        : first(ANSWERER, folded, text, InstitutionNames::isInstitution))
                .or(() -> DIRECTORY.matcher(folded).find() || classifieds ? titleLead(title, folded)
                        .or(() -> first(ORGANIZER, folded, text, InstitutionNames::isInstitution))
                        .map(n -> registered(n, standalone)) : Optional.empty())
                .or(() -> classifieds ? listedBusinessNamed(text, folded, labelled, standalone) : Optional.empty())
                .or(() -> merchant(folded, text, WidthFolder.fold(title).strip()).map(n -> registered(n, standalone)))
                .or(() -> medicalHost ? Optional.empty() : licensedOnListing(folded, text));
    }

    /**
     * The business a classifieds page's listing names: its form's field, or a name standing on its own (each as
     * registered). The site and the company its footer names print every listing; none of them is the business.
     */
    private static Optional<String> listedBusinessNamed(String text, String folded, Labelled labelled, List<String> standalone) {
        List<String> hosts = new ArrayList<>(labelled.copyrightHolders());
        labelled.owner().ifPresent(hosts::add);
        standalone.stream().filter(n -> heldCopyright(n, folded)).forEach(hosts::add);
        return listedUnit(folded, text, hosts).or(() -> standalone.stream().filter(n -> listedBusiness(n, hosts)).findFirst());
    }

    /**
     * A business a classified listing may be posted by: not the site or the company behind it ("黔岫分类网",
     * "© 青岚城里信息服务有限公司"), no public body or public hospital (a landmark: "距市第一人民医院步行5分钟"), no
     * kind of business (the section "医疗保健 > 中医诊所", the headline's "【隐私诊所】"): its name says more than its kind.
     */
    private static boolean listedBusiness(String name, List<String> hosts) {
        return InstitutionNames.isInstitution(name) && InstitutionNames.hanCount(InstitutionNames.core(name)) >= 3
                && !SITE.matcher(name).find() && !ClassifiedsPage.isSite(name)
                && hosts.stream().noneMatch(h -> WidthFolder.fold(h).equals(WidthFolder.fold(name)))
                && !GENERIC_MEDICAL.matcher(name).find() && !PUBLIC_BODY.matcher(name).find() && !PlantedPosts.isPublic(name);
    }

    /**
     * The unit a listing's form names, up to the last institution suffix of the run: the form prints its
     * fields one after another ("商家江州康泰生物技术工作室联系人李先生").
     */
    private static Optional<String> listedUnit(String folded, String text, List<String> hosts) {
        Matcher m = LISTED_UNIT.matcher(folded);
        while (m.find()) {
            String run = text.substring(m.start(nameGroup(m)), m.end(nameGroup(m)));
            Matcher suffix = InstitutionNames.ENDS_WITH_SUFFIX.matcher("");
            for (int end = run.length(); end >= 2; end--) {
                String name = run.substring(0, end);
                if (suffix.reset(name).find() && listedBusiness(name, hosts)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** The group that matched, of a pattern whose alternatives each hold the name in a group of their own. */
    private static int nameGroup(Matcher m) {
        int g = 1;
        while (g < m.groupCount() && m.start(g) < 0) {
            g++;
        }
        return g;
    }

    /** Whether the page prints {@code name} as its copyright's holder: "城里分类网©2026青岚城里信息服务有限公司". */
    private static boolean heldCopyright(String name, String folded) {
        return Pattern.compile("©\\s?(?:(?:19|20)\\d{2}\\s?)?" + Pattern.quote(WidthFolder.fold(name))).matcher(folded).find();
    }

    /** The first name {@code pattern}'s groups find, as printed, that {@code accepted} takes (one group holds it). */
    private static Optional<String> first(Pattern pattern, String folded, String text, Predicate<String> accepted) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            String name = text.substring(m.start(nameGroup(m)), m.end(nameGroup(m)));
            if (accepted.test(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The company a poster's handle is made of, its brand and a person ("发布者：福寿康小周" over
     * "溆川福寿康健康科技有限公司联合多家单位举办…"): the company's staff post for it.
     */
    private static Optional<String> posterCompany(String folded, String text) {
        Matcher poster = POSTER_HANDLE.matcher(folded);
        if (!poster.find()) {
            return Optional.empty();
        }
        String handle = poster.group(1);
        for (int brand = handle.length() - 1; brand >= MIN_HANDLE_BRAND; brand--) {
            Matcher company = Pattern.compile("(" + InstitutionNames.NAME_CHAR + "{0,6}" + Pattern.quote(handle.substring(0, brand))
                    + InstitutionNames.NAME_CHAR + "{0,12}?(?:有限责任公司|有限公司))").matcher(folded);
            if (company.find()) {
                return Optional.of(stripLeadingWords(text.substring(company.start(1), company.end(1))));
            }
        }
        return Optional.empty();
    }

    /** A forum poster's name is an institution's, or a specialty's of four characters or more ("X皮肤病专科"). */
    private static boolean posterName(String name) {
        return InstitutionNames.isInstitution(name) || SPECIALTY.matcher(name).find() && InstitutionNames.hanCount(name) >= 4;
    }

    /** The title's first part, where it names an institution the page prints again. */
    private static Optional<String> titleLead(String title, String folded) {
        String lead = TITLE_SEPARATORS.split(WidthFolder.fold(title).strip())[0].strip();
        return InstitutionNames.isInstitution(lead) && printedBeyondTitle(lead, title, folded) ? Optional.of(lead) : Optional.empty();
    }

    /**
     * The merchant a listing names by its store buttons, or in its merchant section where the title
     * leads with the same name (a 推拿 shop's name has no suffix; a sentence there is no name).
     */
    private static Optional<String> merchant(String folded, String text, String title) {
        Matcher m = MERCHANT.matcher(folded);
        while (m.find()) {
            String group = m.start("shop") >= 0 ? "shop" : m.start("rated") >= 0 ? "rated"
                    : m.start("labelled") >= 0 ? "labelled" : "introduced";
            String name = text.substring(m.start(group), m.end(group));
            if (group.equals("introduced") ? title.startsWith(name) : InstitutionNames.isInstitution(name)) {
                return Optional.of(name);
            }
            // "商户简介 武汉康鼻耳鼻喉医院是一家…" under the title "武汉康鼻耳鼻喉医院 - 众评网": the sentence opens with the name
            String head = TITLE_SEPARATORS.split(title.strip())[0];
            if (group.equals("introduced") && head.length() >= 2 && name.startsWith(head)) {
                return Optional.of(head);
            }
        }
        return Optional.empty();
    }

    /**
     * The medical institution printed as a line of its own in the few lines before the page's
     * practice-licence line, the nearest one: the listing's heading, over its address and phone.
     */
    private static Optional<String> licensedOnListing(String folded, String text) {
        Matcher licence = PRACTICE_LICENCE.matcher(folded);
        if (!licence.find()) {
            return Optional.empty();
        }
        int end = folded.lastIndexOf('\n', licence.start());
        int limit = Math.max(0, licence.start() - LICENCE_REACH);
        while (end > limit) {
            int start = folded.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (MEDICAL_SUFFIX.matcher(line).find() && InstitutionNames.isInstitution(line)
                    && MEDICAL_NAME.matcher(line).matches() && !GENERIC_MEDICAL.matcher(line).find()) {
                return Optional.of(line);
            }
            end = start - 1;
        }
        return Optional.empty();
    }

    /** Title segments (site part last in most titles, so tried first), logo alts, og:site_name. */
    private static List<String> markupHints(OwnerHints hints) {
        List<String> out = new ArrayList<>();
        List<String> segments = new ArrayList<>(List.of(TITLE_SEPARATORS.split(WidthFolder.fold(hints.title()).strip())));
        java.util.Collections.reverse(segments);
        for (String segment : segments) {
            String s = TITLE_QUALIFIER.matcher(segment.strip()).replaceFirst("");
            if (!s.isEmpty() && !JUNK_SEGMENT.matcher(s).matches() && !HEADLINE_SEGMENT.matcher(s).find()
                    && !PLATFORM.matcher(s).matches() && InstitutionNames.hanCount(s) >= 2) {
                out.add(s);
            }
        }
        for (String alt : hints.logoAlts()) {
            for (String part : alt.split("[\\s,，|｜_\\-]+")) {
                if (InstitutionNames.hanCount(part) >= 2) {
                    out.add(part);
                }
            }
        }
        hints.siteName().ifPresent(out::add);
        return out;
    }

    private static List<String> standaloneNames(String folded, String text) {
        List<String> names = new ArrayList<>();
        Matcher m = STANDALONE.matcher(folded);
        while (m.find()) {
            String name = trimLeadingClause(stripLeadingWords(text.substring(m.start(1), m.end(1))));
            if (InstitutionNames.isInstitution(name) && !SPEAKER_LED.matcher(name).find() && !RELATION.matcher(name).find()) {
                names.add(name);
            }
        }
        return names;
    }
}
