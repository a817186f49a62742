package org.medadwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medadwatch.detect.text.ComplaintTitle;
import org.medadwatch.detect.text.TextFolder;

/**
 * Names the institution, shop or company that owns a page, as printed.
 *
 * <p>Sources, strongest first:
 * <ol>
 *   <li>on a WeChat article, the public account; a short account name ("芝澜堂健康") gives way to
 *       the full institution name printed in the article that shares its distinctive part
 *       ("福建芝澜堂生物科技有限公司");</li>
 *   <li>an ownership line: 版权所有：X, X 版权所有, Copyright © 2016-2026 X, © 2026 X, 主办单位：X, X 主办,
 *       本文由X出品 (an organisation's department, "X党委宣传部", gives the organisation X);</li>
 *   <li>the markup's hints: the title's site part ("牛皮癣能治好吗_X"), a logo's {@code alt},
 *       {@code og:site_name};</li>
 *   <li>来源：X, the byline of an article on the owner's own site;</li>
 *   <li>an institution name printed in the text that shares a distinctive part with a hint.</li>
 * </ol>
 * A name from any source is preferred when it ends in an institution suffix (医院, 门诊部,
 * 有限公司, 养生馆, 网 ...). When the text prints a longer form of the chosen name (with its city:
 * "太原福沁堂养生馆" for "福沁堂养生馆"), the longer form is given.
 */
final class AdvertiserFinder {
    /** Account names of a column or lecture series, not of an institution. */
    private static final Pattern COLUMN_NAME = Pattern.compile("(?:课堂|讲堂|学堂)$");
    /** How many characters of specialty ("骨科", "甲乳", "妇产") an account name may leave out. */
    private static final int MAX_INSERTED_SPECIALTY = 4;
    private static final String NAME = InstitutionNames.NAME_CHAR + "{2,30}";
    /**
     * Labels of the registered operator: a shop's 经营者, an account's 账号主体 or the entity a platform
     * verified it as (企业号认证, 认证主体), a licence's 营业执照主体.
     */
    private static final String ENTITY_LABEL =
            "企业号认证|企业认证|认证主体|蓝V认证|官方认证|经营者|运营者|运营主体|经营主体|账号主体|店铺主体|商家主体|主体名称|营业执照主体|营业执照|公司名称|企业名称|运营单位|经营单位|开办单位|举办单位";
    /** Platforms a page is hosted on; a title's "- 小红书" names the host, never the advertiser. */
    private static final Pattern PLATFORM = Pattern.compile(
            "^(?:快手|抖音|小红书|微博|新浪微博|知乎|百度|百度知道|百家号|淘宝|天猫|京东|拼多多|美团|大众点评|哔哩哔哩|今日头条|头条|微信|视频号|搜狐|网易)网?$");
    /** A name led by its administrative division: "西安市雁塔区悦禾美容养生馆", "广州天河区肌研社皮肤管理工作室". */
    private static final String PLACE_LED = "^\\p{IsHan}{2,12}?[市区县]\\p{IsHan}{2,}";
    /** The administrative divisions leading a name: "赣州市章贡区", "黔安市", "江苏省南京市". */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^(?:\\p{IsHan}{2,6}?[省市区县]){1,3}");
    /** A registered legal name: a company's form, a sole trader's 工作室, or led by its administrative division. */
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "(?:有限公司|有限责任公司|工作室|个体工商户)$|" + PLACE_LED);
    /** A legal name no common noun can pass for ("美容工作室" can). */
    private static final Pattern FULL_LEGAL_NAME = Pattern.compile("(?:有限公司|有限责任公司)$|" + PLACE_LED);
    private static final Pattern OWNERSHIP = Pattern.compile(
            "版权所有\\s?[:]?\\s?(?<a>" + NAME + ")"
            + "|(?<b>" + NAME + ")\\s?版权所有"
            + "|(?i:copyright)\\s?(?:©|\\(c\\))?\\s?(?:(?:19|20)\\d{2}\\s?(?:-\\s?(?:19|20)\\d{2})?\\s?)?(?<c>" + NAME + ")"
            + "|©\\s?(?:(?:19|20)\\d{2}\\s?(?:-\\s?(?:19|20)\\d{2})?\\s?)?(?<d>" + NAME + ")"
            + "|主办(?:单位)?\\s?[:]\\s?(?<e>" + NAME + ")"
            + "|(?:" + ENTITY_LABEL + ")\\s?[:]\\s?(?<f>" + NAME + ")"
            // the sponsor after its name, as a footer prints it ("X人民法院 主办"), and a credit ("本文由X出品")
            + "|(?<g>" + NAME + ")\\s?主办(?![\\p{IsHan}A-Za-z0-9:：])"
            + "|由(?<h>" + NAME + ")出品");
    /** An organisation's own department that runs its site or writes its pieces: the organisation publishes. */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:党委|党政)?(?:宣传部|宣传处|宣传中心|新闻中心|新闻办|科普部|编辑部|信息中心|网络中心)$");
    /** Sponsors whose own name is how readers know the site: a court's, a bureau's, a university's news site. */
    private static final Pattern SPONSOR_KNOWN_BY_NAME = Pattern.compile(
            "(?:局|委员会|卫健委|政府|法院|检察院|大学|学院)$");
    /** A public body: what it publishes about a hospital (a penalty, a ruling) is not the hospital's voice. */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "(?:局|委员会|卫健委|政府|办公室|厅|法院|检察院|监督所|协会|学会)$");
    /** The furniture of a question-and-answer or forum page. */
    private static final Pattern QA_PAGE = Pattern.compile("提问于|回答于|最佳答案|网友推荐|推荐答案|楼主|回复于|#\\d+楼|\\d+楼");
    /** A site's own name, as readers know it ("有问必答网"), not a brand's 官网. */
    private static final Pattern SITE = Pattern.compile("(?:(?<!官)网|论坛|社区|平台|报|电视台)$");
    private static final Pattern BYLINE = Pattern.compile("来源\\s?[:]\\s?(" + NAME + ")");
    /** Labels that may directly follow a name in a contact line: "X地址：", "X预约电话：". */
    private static final String CONTACT_LABEL = "地址|电话|地点|位于|热线|预约|咨询|门店|营业|总机|联系|订购|客服|手机|微信";
    /** A name standing on its own in the text: bounded on the left, and on the right by a non-name char or a contact label. */
    private static final Pattern STANDALONE = Pattern.compile(
            "(?<!\\p{IsHan})(" + InstitutionNames.NAME_CHAR + "{2,24}?(?:" + InstitutionNames.suffixAlternation() + "))"
            + "(?=$|[^\\p{IsHan}A-Za-z0-9]|" + CONTACT_LABEL + ")", Pattern.MULTILINE);
    /** A bracketed note closing a title segment: "（原X卫生院）", "(X分院)". */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[(（][^()（）]*[)）]$");
    /** A form's field label run into the name it labels: "医疗机构名称青岛海岸妇儿医院". */
    private static final String FIELD_LABEL = "(?:医疗机构|机构|单位|企业|公司|店铺|商户|门店)?名称\\s?[:：]?\\s?(?=\\p{IsHan}{4})";
    /** How many characters two names must share to be the same brand ("弘济堂", "郑州青丝源"). */
    private static final int MIN_BRAND_RUN = 3;
    /** Title separators; a hyphen inside a model number ("DK-300") is not one. */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile(
            "\\s*(?:[_|｜·•»–—:：]|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])|\\s{2,})\\s*");
    /** A title part naming a shop front rather than its owner. */
    private static final Pattern SHOP_FRONT = Pattern.compile("(?:官方)?(?:商城|旗舰店|专卖店)$");
    private static final Pattern COMPANY = Pattern.compile("(?:公司|集团)$");
    /** The legal form a registered company name ends with. */
    private static final Pattern COMPANY_FORM = Pattern.compile("(?:股份有限公司|有限责任公司|有限公司)$");
    /** How many characters of place name may stand before a complete name ("江苏南京"). */
    private static final int MAX_PLACE_PREFIX = 6;
    /** Words of welcome a site prints before its own name: "欢迎访问X官方网站". */
    private static final String GREETING = "(?:欢迎(?:您)?(?:访问|来到|光临|莅临|进入|浏览)|热烈欢迎)";
    /** A title segment that is a headline rather than a name: quotes, enumeration commas, clauses. */
    private static final Pattern HEADLINE_SEGMENT = Pattern.compile("[“”\"「」『』、，,；;？?！!]");
    /** Suffixes of a medical institution (the promoted one, or an owner that needs no promoting). */
    private static final Pattern MEDICAL_SUFFIX = Pattern.compile(
            "(?:医院|门诊部|门诊|诊所|卫生院|医疗中心|中医馆|国医馆|体检中心)$");
    private static final Pattern MEDICAL_NAME = Pattern.compile(
            "(" + InstitutionNames.NAME_CHAR + "{2,24}?(?:医院|门诊部|诊所|卫生院|中医馆|国医馆|体检中心))(?!\\p{IsHan}{0,2}(?:联盟|集团|协会|学会))");
    /** Names of a kind, not of an institution: "大医院", "正规医院", "公立医院", "人民医院站". */
    private static final Pattern GENERIC_MEDICAL = Pattern.compile(
            "^(?:大|小|正规|公立|民营|私立|三甲|专科|综合|这家|那家|该|本|我|贵|各|其他|别的|同类|当地|附近|多家|一家"
            // a count or a pointer before a kind ("点进了一个男科医院的网站") names no institution
            + "|一个|一所|一间|几家|两家|有家|有个|这个|那个|这所|那所)");
    /** A speaker's pointer, not a name: "我们医院", "他们家诊所". */
    private static final Pattern SPEAKER_LED = Pattern.compile("^(?:我们|咱们|你们|他们|她们|我|本院)");
    /** A name asked about, not named: "郑州哪家医院", "什么医院", "某医院". */
    private static final Pattern QUESTIONED = Pattern.compile("哪家|哪个|哪里|哪所|什么|某");
    /** An institution speaking of itself. */
    private static final Pattern FIRST_PERSON_INSTITUTION = Pattern.compile("我院|本院|我们医院|我诊所|本诊所|我们诊所|本门诊");
    /** The institution's (or its doctor's assistant's) phone or WeChat, given with the number. */
    static final String INSTITUTION_NUMBER =
            "(?:医院|诊所|门诊部?|他们家|他家|她家|院方|助理)的?(?:电话|热线|微信|手机)(?:号码?|号)?\\s?[:：是]?\\s?[0-9A-Za-z]";
    /** The reader is told how to come or call. */
    private static final Pattern SOLICITS_VISIT = Pattern.compile(
            "(?:预约|咨询|报名|挂号|就诊)(?:电话|热线)|来院|到院|到店|点击咨询|在线咨询|预约挂号"
            // a number the reader is told to ring to book: "市民可拨打0851-85567012咨询预约"
            + "|拨打\\s?[0-9][0-9 -]{6,}\\s?(?:咨询|预约|挂号|报名)"
            // a patient passing on the place's own number: "他们家电话0871-…", "打医院电话 025-…"
            + "|" + INSTITUTION_NUMBER);
    /** A street and house number ("祖庙路31号", "人民南路118号", "解放大道8号"): an address, not part of a name. */
    private static final Pattern STREET_ADDRESS = Pattern.compile("^.*(?:路|街|道|巷|弄|里)\\d+(?:-\\d+)?号(?:楼|院)?");
    /** Characters that end the clause before a name: prepositions, verbs of going or joining, particles. */
    private static final String CLAUSE_WORDS = "在去到被是的了给让把找选入打";
    private static final Pattern JUNK_SEGMENT = Pattern.compile("(?i)^(?:powered by.*|首页|主页|官网|官方网站|.*[?？!！。，,]$)$");

    Optional<String> find(OwnerHints hints, String text) {
        return choose(hints, text).map(name -> asPrintedInText(name, text)).map(name -> registeredInBrackets(name, text))
                .map(name -> withCompanyForm(name, text));
    }

    /**
     * The name as registered where the page prints it with its company form right after it:
     * "芜湖皓齿口腔门诊部" printed as "芜湖皓齿口腔门诊部有限公司" is that company, by its full name.
     * A different word between ("X医院管理有限公司") makes another company, which is not taken.
     */
    static String withCompanyForm(String name, String text) {
        if (COMPANY_FORM.matcher(name).find()) {
            return name;
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + "(股份有限公司|有限责任公司|有限公司)").matcher(text);
        return m.find() ? name + m.group(1) : name;
    }

    /**
     * A brand printed with its registered name in brackets, "弘济堂国医馆（合肥弘济堂中医诊所）", is
     * given as registered, when the two share the brand ({@link #MIN_BRAND_RUN} characters or more).
     */
    static String registeredInBrackets(String name, String text) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s?[（(]\\s?(" + NAME + ")\\s?[）)]").matcher(text);
        while (m.find()) {
            String inside = m.group(1);
            if (InstitutionNames.isInstitution(inside) && inside.length() > name.length()
                    && InstitutionNames.sharedRun(name, inside) >= MIN_BRAND_RUN) {
                return inside;
            }
        }
        return name;
    }

    /** A name taken from a traditional-character title is given as the text prints it, if it does. */
    private static String asPrintedInText(String name, String text) {
        String simplified = TextFolder.simplified(name);
        return !simplified.equals(name) && text.contains(simplified) ? simplified : name;
    }

    private Optional<String> choose(OwnerHints hints, String text) {
        // one char for one, so names are cut from the text as printed: "深圳市福田區頤康中醫門診部"
        String folded = TextFolder.simplified(WidthFolder.fold(text));
        Labelled labelled = labelled(folded, text);
        if (ComplaintTitle.in(hints.title()) && labelled.owner().isEmpty() && hints.wechatAccount().isEmpty()) {
            // a complaint post is published by the platform that hosts it ("… - 维权帮投诉平台"), not by
            // the hospital it accuses, however often it names it
            Optional<String> platform = markupHints(hints).stream().filter(h -> SITE.matcher(h).find()).findFirst();
            if (platform.isPresent()) {
                return platform;
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
        boolean complaint = ComplaintTitle.in(hints.title());
        // a bureau's penalty decision or a court's ruling quotes the hospital it names; the body publishes
        boolean publicBody = owner.map(o -> PUBLIC_BODY.matcher(o).find()).orElse(false);
        if (!complaint && !publicBody && owner.map(o -> !MEDICAL_SUFFIX.matcher(o).find()).orElse(true)) {
            // on a Q&A or forum page a "网友" recommending a hospital with its booking phone is its voice too
            boolean answerOnPortal = owner.map(o -> SITE.matcher(o).find()).orElse(false)
                    && QA_PAGE.matcher(folded).find();
            Optional<String> promoted = promotedInstitution(folded, text, owner.isEmpty() || blogger || answerOnPortal);
            if (promoted.isPresent()) {
                return promoted;
            }
        }
        return owner;
    }

    /** A name for the owner, and whether an account's operator line declared it (so nothing overrides it). */
    private record Found(Optional<String> name, boolean declared) {
        static Found of(Optional<String> name) {
            return new Found(name, false);
        }

        static Found of(String name) {
            return of(Optional.of(name));
        }
    }

    private Found owner(OwnerHints hints, String text, String folded, Labelled labelled) {
        List<String> standalone = standaloneNames(folded, text);
        Optional<String> account = hints.wechatAccount().map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> owner = labelled.owner();
        Optional<String> operator = labelled.operator();
        if (account.isPresent() && operator.isPresent()) {
            return new Found(operator, true); // 账号主体/运营主体 under the account: who registered it
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
                return new Found(owner, true);
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
            return declared.isPresent() ? new Found(declared, true)
                    : Found.of(registeredBehindBrand(widen(account.get(), standalone), standalone));
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
            return Found.of(owner);
        }
        Optional<String> corroborated = corroborated(hints);
        if (corroborated.filter(InstitutionNames::isInstitution).isPresent()) {
            return Found.of(registeredName(corroborated.get(), standalone));
        }
        Optional<String> hinted = markupHints.stream().filter(InstitutionNames::isInstitution).findFirst();
        if (hinted.isPresent() && SHOP_FRONT.matcher(hinted.get()).find()) {
            // "德康颈腰康治疗仪 官方商城" names a shop front; the company the text prints that shares its
            // brand ("梧川德康医疗器械有限公司") is who publishes it
            Optional<String> maker = bestRelated(hinted.get(),
                    standalone.stream().filter(n -> COMPANY.matcher(n).find()).toList());
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
        return Found.of(related.or(() -> mostPrinted(standalone, folded)).or(() -> onlyLegalName(standalone))
                .or(() -> markupHints.stream().findFirst()));
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

    /** Whether the text prints {@code name} other than where it repeats the title. */
    /**
     * The medical institution the page prints that opens with the place {@code keyword} opens with and
     * carries its kind after a brand of two characters or more: "淮州白癜风医院" is "淮州华肤白癜风医院",
     * "汀湖减重门诊" is "汀湖禾美减重专科门诊部". Only when exactly one printed name fits.
     */
    static Optional<String> brandedNamesake(String keyword, List<String> standalone) {
        Matcher suffix = MEDICAL_SUFFIX.matcher(keyword);
        if (!suffix.find()) {
            return Optional.empty();
        }
        String kindPart = keyword.substring(0, suffix.start());
        List<String> fits = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(standalone)) {
            if (name.length() <= keyword.length() || !MEDICAL_SUFFIX.matcher(name).find()) {
                continue;
            }
            int place = 0;
            while (place < kindPart.length() && place < name.length() && kindPart.charAt(place) == name.charAt(place)) {
                place++;
            }
            if (place < 2 || InstitutionNames.hanCount(kindPart.substring(0, place)) < 2) {
                continue;
            }
            String kind = kindPart.substring(place).replaceFirst("^[市区县]", "");
            int at = name.indexOf(kind, place);
            String brand = at < 0 ? "" : name.substring(place, at).replaceFirst("^[市区县]", "");
            // a brand, not another institution whose department carries the kind ("汀湖市第一人民医院减重…门诊")
            if (InstitutionNames.hanCount(kind) >= 2 && InstitutionNames.hanCount(brand) >= 2
                    && !brand.matches(".*(?:医院|门诊|诊所|卫生|中心).*")) {
                fits.add(name);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static boolean printedBeyondTitle(String name, String title, String folded) {
        String n = TextFolder.simplified(WidthFolder.fold(name));
        return occurrences(folded, n) > occurrences(TextFolder.simplified(WidthFolder.fold(title)), n);
    }

    /**
     * Whether {@code name} carries the brand {@code account} opens with, after at most a place name:
     * "明眸儿童视光中心" and "成都明眸眼科门诊部". A place the two share ("成都…", "成都市…") is no brand.
     */
    static boolean brandLeads(String account, String name) {
        if (account.length() < 2 || InstitutionNames.hanCount(account.substring(0, 2)) < 2) {
            return false;
        }
        String brand = account.substring(0, 2);
        int at = name.indexOf(brand);
        if (at < 0 || at > MAX_PLACE_PREFIX) {
            return false;
        }
        // a brand is followed by more of itself, not by the place's rank: "成都市…", "南京市…"
        int after = at + brand.length();
        return after < name.length() && "市省区县州".indexOf(name.charAt(after)) < 0;
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
     * The medical institution a page promotes when its owner is a portal, a blogger or unknown: a
     * Q&A site where a hospital's doctor answers in the hospital's voice ("我院采用…，咨询电话…"),
     * a blogger's account sending readers to a clinic ("到店报暗号…，预约电话…"). The voice or the
     * call to come must be there; a hospital merely named in a news story promotes nothing.
     * The most often printed medical name wins; the first printed a tie.
     */
    private static Optional<String> promotedInstitution(String folded, String text, boolean bloggerOrUnknown) {
        boolean voice = FIRST_PERSON_INSTITUTION.matcher(folded).find();
        boolean solicits = SOLICITS_VISIT.matcher(folded).find();
        if (!solicits || !(voice || bloggerOrUnknown)) {
            return Optional.empty();
        }
        Matcher m = MEDICAL_NAME.matcher(folded);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            String name = trimLeadingClause(stripLeadingWords(text.substring(m.start(1), m.end(1))));
            if (InstitutionNames.isInstitution(name) && !GENERIC_MEDICAL.matcher(name).find()
                    && !QUESTIONED.matcher(name).find()) {
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
     * Cuts a clause a name run picked up on its left ("上周被闺蜜拉去棠梨医疗美容诊所",
     * "在启澜国际肿瘤医院") at the last function word that leaves a complete name.
     */
    static String trimLeadingClause(String name) {
        // a name opened by a bracket that does not close before it ends is the bracket's content: "座1106（X工作室",
        // "号行政处罚决定书（X医院" - what stands before the bracket is an address or a document number
        int open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
        if (open >= 0 && name.indexOf(')', open) < 0 && name.indexOf('）', open) < 0) {
            String inside = name.substring(open + 1);
            if (InstitutionNames.isInstitution(inside) && InstitutionNames.hanCount(InstitutionNames.core(inside)) >= 2) {
                name = inside;
            }
        }
        // a phone or code printed just before the name, with or without a bracket: "0515-88213366（X医院"
        String digitsOff = name.replaceFirst("^[0-9A-Za-z·()（）]+(?=\\p{IsHan})", "");
        // a street address printed before the name: "佛山市禅城区祖庙路31号艾悦堂" is 艾悦堂 at that address
        Matcher address = STREET_ADDRESS.matcher(digitsOff);
        String addressOff = address.find() ? digitsOff.substring(address.end()) : digitsOff;
        digitsOff = InstitutionNames.isInstitution(addressOff) ? addressOff : digitsOff;
        String best = InstitutionNames.isInstitution(digitsOff) ? digitsOff : name;
        for (int i = best.length() - 1; i >= 0; i--) {
            if (CLAUSE_WORDS.indexOf(best.charAt(i)) >= 0) {
                String rest = best.substring(i + 1);
                if (InstitutionNames.isInstitution(rest) && InstitutionNames.hanCount(InstitutionNames.core(rest)) >= 2) {
                    return rest;
                }
            }
        }
        return best;
    }

    /** The account name, or the institution the article prints that shares its distinctive part. */
    private static String widen(String name, List<String> standalone) {
        // a column-like account ("舒颐健康课堂", "某某大讲堂") ends in 堂 but names no institution
        boolean complete = InstitutionNames.isInstitution(name) && !COLUMN_NAME.matcher(name).find();
        if (complete) {
            // the account may drop a specialty the article prints: "岷川正椎医院" for "岷川正椎骨科医院"
            String core = InstitutionNames.core(name);
            String suffix = name.substring(core.length());
            Optional<String> fuller = standalone.stream()
                    .filter(s -> s.startsWith(core) && s.endsWith(suffix)
                            && s.length() > name.length() && s.length() - name.length() <= MAX_INSERTED_SPECIALTY
                            && InstitutionNames.hanCount(s.substring(core.length(), s.length() - suffix.length()))
                                    == s.length() - name.length())
                    .max(Comparator.comparingInt(String::length));
            if (fuller.isPresent()) {
                return fuller.get();
            }
        }
        // a complete institution name only grows to the left, by its place: "太原" + "福沁堂养生馆";
        // what follows it in a longer run ("…医院官方网站屈光中心") is another thing
        Optional<String> longer = standalone.stream()
                .map(s -> complete && s.contains(name) ? s.substring(0, s.indexOf(name) + name.length()) : s)
                .filter(s -> s.length() > name.length() && s.contains(name)
                        && (!complete || s.length() - name.length() <= MAX_PLACE_PREFIX))
                .max(Comparator.comparingInt(String::length));
        if (longer.isPresent()) {
            return longer.get();
        }
        if (complete) {
            return name;
        }
        // the account printed again in the text is no other institution
        return bestRelated(name, standalone.stream().filter(s -> !s.equals(name)).toList()).orElse(name);
    }

    /**
     * An account named for its brand ("杏林正骨堂") is run by the registered institution the article prints
     * with that brand ("赣州市章贡区杏林正骨中医诊所", sharing "杏林正骨"). A name that is already a medical
     * institution's or a registered one is kept, and so is a brand no registered name shares
     * {@link #MIN_BRAND_RUN} characters with.
     */
    static String registeredBehindBrand(String brand, List<String> standalone) {
        if (MEDICAL_SUFFIX.matcher(brand).find() || LEGAL_NAME.matcher(brand).find() || SITE.matcher(brand).find()) {
            return brand;
        }
        String best = brand;
        int bestRun = MIN_BRAND_RUN - 1;
        for (String candidate : standalone) {
            int run = InstitutionNames.sharedRun(brand, withoutPlace(candidate));
            if (run > bestRun && LEGAL_NAME.matcher(candidate).find()) {
                best = candidate;
                bestRun = run;
            }
        }
        return best;
    }

    /** A name without the administrative division that leads it: "赣州市章贡区杏林正骨中医诊所" is "杏林正骨中医诊所". */
    static String withoutPlace(String name) {
        Matcher place = PLACE_PREFIX.matcher(name);
        return place.find() && InstitutionNames.hanCount(name.substring(place.end())) >= 2 ? name.substring(place.end()) : name;
    }

    /** A hint widened to the longest form the text prints, then to the registered name behind it. */
    private static String registeredName(String hint, List<String> standalone) {
        return registered(widen(hint, standalone), standalone);
    }

    /**
     * The registered name behind a brand the markup gives: "禾麦健康官网" is published by the
     * "江西禾麦生物科技有限公司" its footer prints, "悦禾美容养生会所" is run by "西安市雁塔区悦禾美容养生馆".
     * A medical institution's own name is kept: a hospital is the advertiser, not the company managing it.
     */
    private static String registered(String brand, List<String> standalone) {
        Optional<String> fuller = standalone.stream()
                .filter(n -> n.length() > brand.length() && n.contains(brand) && LEGAL_NAME.matcher(n).find())
                .max(Comparator.comparingInt(String::length));
        if (fuller.isPresent()) {
            return fuller.get(); // "艾善堂" is "绍兴市越城区艾善堂艾灸养生馆"
        }
        if (MEDICAL_SUFFIX.matcher(brand).find() || LEGAL_NAME.matcher(brand).find() || SITE.matcher(brand).find()) {
            return brand; // a hospital advertises itself; a site (有问必答网) is named as readers know it
        }
        // a headline that prints an institution's whole name ("腰突不用开大刀 X骨科医院脊柱微创…") names it;
        // the two characters it shares with some other name ("骨科", "医院") are chance
        Optional<String> printedWhole = standalone.stream()
                .filter(n -> n.length() < brand.length() && brand.contains(n) && MEDICAL_SUFFIX.matcher(n).find())
                .max(Comparator.comparingInt(String::length));
        if (printedWhole.isPresent()) {
            return printedWhole.get();
        }
        return bestRelated(brand, standalone.stream().filter(n -> LEGAL_NAME.matcher(n).find()).toList()).orElse(brand);
    }

    /** The standalone name sharing the longest run (two chars or more) with {@code hint}; the last wins a tie. */
    private static Optional<String> bestRelated(String hint, List<String> standalone) {
        String best = null;
        int bestRun = 1;
        for (String candidate : standalone) {
            int run = InstitutionNames.sharedRun(hint, candidate);
            if (InstitutionNames.sharedRun(hint, withoutPlace(candidate)) < 2) {
                continue; // a city both names start with ("黔安在线", "黔安市人民医院") is no shared brand
            }
            if (run >= bestRun && run >= 2) {
                best = candidate;
                bestRun = run;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What the page's ownership lines say, read in one pass: the first institution any of them
     * names (版权所有, ©, 主办单位, 账号主体 …), and the first a registered-operator line names.
     */
    private record Labelled(Optional<String> owner, Optional<String> operator) {
    }

    private static Labelled labelled(String folded, String text) {
        Optional<String> owner = Optional.empty();
        Optional<String> operator = Optional.empty();
        Matcher m = OWNERSHIP.matcher(folded);
        while (m.find() && (owner.isEmpty() || operator.isEmpty())) {
            for (String group : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
                if (m.start(group) >= 0) {
                    // "郑州市金水区X养生馆（个体工商户）": the bracket notes the licence's form
                    String name = organisationOf(TRAILING_NOTE.matcher(
                            stripLeadingWords(text.substring(m.start(group), m.end(group)))).replaceFirst(""));
                    if (InstitutionNames.isInstitution(name)) {
                        owner = owner.isPresent() ? owner : Optional.of(name);
                        operator = operator.isPresent() || !group.equals("f") ? operator : Optional.of(name);
                    }
                }
            }
        }
        return new Labelled(owner, operator);
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

    /** Title segments (site part last in most titles, so tried first), logo alts, og:site_name. */
    private static List<String> markupHints(OwnerHints hints) {
        List<String> out = new ArrayList<>();
        List<String> segments = new ArrayList<>(List.of(TITLE_SEPARATORS.split(WidthFolder.fold(hints.title()).strip())));
        java.util.Collections.reverse(segments);
        for (String segment : segments) {
            String s = segment.strip();
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
            if (InstitutionNames.isInstitution(name) && !SPEAKER_LED.matcher(name).find()) {
                names.add(name);
            }
        }
        return names;
    }

    /** "澄江医科大学党委宣传部" publishes for 澄江医科大学; a name with no department is returned as it is. */
    static String organisationOf(String name) {
        Matcher department = DEPARTMENT.matcher(name);
        if (department.find()) {
            String organisation = name.substring(0, department.start());
            if (InstitutionNames.isInstitution(organisation)) {
                return organisation;
            }
        }
        return name;
    }

    /** Drops a "Copyright"-like Latin word or a stray bracket a name run picked up at its start. */
    private static String stripLeadingWords(String name) {
        return name.replaceFirst("^(?i:copyright|all rights reserved)", "").replaceFirst("^[()（）·]+", "")
                .replaceFirst("^" + GREETING, "").replaceFirst("^" + FIELD_LABEL, "").replaceFirst("^(?:关于|走进|认识)(?=\\p{IsHan}{4})", "").strip();
    }
}
