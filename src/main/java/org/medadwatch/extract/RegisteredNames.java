package org.medadwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one name into the form the page registers or prints it in, given the institution names the
 * page prints standing on their own: a brand into the registered name behind it, an account name
 * into the fuller form the article prints, a name run cut from the text into the name alone.
 */
final class RegisteredNames {
    /** Account names of a column or lecture series, not of an institution. */
    private static final Pattern COLUMN_NAME = Pattern.compile("(?:课堂|讲堂|学堂)$");
    /** How many characters of specialty ("骨科", "甲乳", "妇产") an account name may leave out. */
    private static final int MAX_INSERTED_SPECIALTY = 4;
    static final String NAME = InstitutionNames.NAME_CHAR + "{2,30}";
    /** A name led by its administrative division: "西安市雁塔区悦禾美容养生馆", "广州天河区肌研社皮肤管理工作室". */
    private static final String PLACE_LED = "^\\p{IsHan}{2,12}?[市区县]\\p{IsHan}{2,}";
    /** The administrative divisions leading a name: "赣州市章贡区", "黔安市", "江苏省南京市". */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^(?:\\p{IsHan}{2,6}?[省市区县]){1,3}");
    /**
     * A registered legal name: a company's form, a farmers' cooperative's (专业合作社), a sole trader's 工作室
     * or the forms an individual business registers under (服务部, 经营部, 商行), or led by its administrative division.
     */
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "(?:有限公司|有限责任公司|专业合作社|工作室|服务部|经营部|商行|个体工商户)$|" + PLACE_LED);
    /** A legal name no common noun can pass for ("美容工作室" can). */
    static final Pattern FULL_LEGAL_NAME = Pattern.compile("(?:有限公司|有限责任公司|专业合作社)$|" + PLACE_LED);
    /** A site's own name, as readers know it ("有问必答网"), not a brand's 官网. */
    static final Pattern SITE = Pattern.compile("(?:(?<!官)网|论坛|社区|平台|报|电视台)$");
    /** A bracketed note closing a title segment: "（原X卫生院）", "(X分院)". */
    static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[(（][^()（）]*[)）]$");
    /** A bracket opened after a name and not closed within the run: "广州X美容服务有限公司（经营范围". */
    private static final Pattern OPEN_NOTE = Pattern.compile("\\s?[(（][^()（）]*$");
    /** A form's field label run into the name it labels: "医疗机构名称青岛海岸妇儿医院". */
    private static final String FIELD_LABEL = "(?:医疗机构|机构|单位|企业|公司|店铺|商户|门店)?名称\\s?[:：]?\\s?(?=\\p{IsHan}{4})";
    /** How many characters two names must share to be the same brand ("弘济堂", "郑州青丝源"). */
    static final int MIN_BRAND_RUN = 3;
    /** The legal form a registered company name ends with. */
    private static final Pattern COMPANY_FORM = Pattern.compile("(?:股份有限公司|有限责任公司|有限公司)$");
    /** How many characters of place name may stand before a complete name ("江苏南京"). */
    private static final int MAX_PLACE_PREFIX = 6;
    /** Words of welcome a site prints before its own name: "欢迎访问X官方网站". */
    private static final String GREETING = "(?:欢迎(?:您)?(?:访问|来到|光临|莅临|进入|浏览|咨询|致电|预约)|热烈欢迎)";
    /** Suffixes of a medical institution (the promoted one, or an owner that needs no promoting). */
    /** A medical institution's kind anywhere in a run: what follows a name there is another institution's. */
    private static final Pattern ANOTHER_INSTITUTION = Pattern.compile("医院|门诊部|诊所|卫生院");
    static final Pattern MEDICAL_SUFFIX = Pattern.compile(
            "(?:医院|门诊部|门诊|诊所|卫生院|医疗中心|医务中心|中医馆|国医馆|体检中心)$");
    /**
     * A medical kind a brand goes by but no licence is issued under: a bare 门诊 (the licence says 门诊部),
     * 国医馆 and 中医馆 (the licence says 中医诊所 or 中医门诊部).
     */
    private static final Pattern BRAND_KIND = Pattern.compile("(?:门诊|国医馆|中医馆)$");
    /** The forms a medical institution's licence is issued under. */
    static final Pattern LICENSED_MEDICAL = Pattern.compile("(?:医院|门诊部|诊所|卫生院|卫生室|保健院)$");
    /** A street and house number ("祖庙路31号", "人民南路118号", "解放大道8号"): an address, not part of a name. */
    private static final Pattern STREET_ADDRESS = Pattern.compile("^.*(?:路|街|道|巷|弄|里)\\d+(?:-\\d+)?号(?:楼|院)?");
    /** Characters that end the clause before a name: prepositions, verbs of going or joining, particles. */
    private static final String CLAUSE_WORDS = "在去到被是的了给让把找选入打";
    /**
     * The last verb of coming or word pointing at a place before a name: what a clause of two characters
     * ends with ("慕名来到X诊所", "北门区那家X研究所").
     */
    private static final Pattern COMING = Pattern.compile("^.*(?:前来|来到|前往|转到|慕名|那家|这家|那间|这间)了?");
    /**
     * A line of trade with no name before it: "深圳市速瘦优选医药有限公司" cut at its 选 would leave "医药有限公司",
     * which names nobody, so a clause word inside a company's name is no clause's end.
     */
    private static final Pattern TRADE_ONLY = Pattern.compile(
            "(?:生物|医药|医疗|健康|网络|信息|电子)?(?:科技|医药|药业|医疗|医疗器械|健康|生物|实业|贸易|商贸|电子商务|文化|传媒)");

    /**
     * A name run without the note after it: a closed one ("X养生馆（个体工商户）", the licence's form)
     * and one the run leaves open ("X有限公司（经营范围：…").
     */
    static String withoutNotes(String run) {
        return withoutOpenNote(TRAILING_NOTE.matcher(run).replaceFirst(""));
    }

    /** A name cut inside a bracket it opened ("小白熊口腔（集团", from "小白熊口腔（集团）"), without it. */
    static String withoutOpenNote(String name) {
        return OPEN_NOTE.matcher(name).replaceFirst("");
    }

    /**
     * Whether a name is kept as it is rather than traded for a registered name behind it: a medical
     * institution advertises itself, a registered name is already one, a site is named as readers know it.
     */
    static boolean keepsOwnName(String name) {
        return MEDICAL_SUFFIX.matcher(name).find() || LEGAL_NAME.matcher(name).find() || SITE.matcher(name).find();
    }

    /** Whether {@code name} ends in a registered legal form or opens with its administrative division. */
    static boolean isLegalName(String name) {
        return LEGAL_NAME.matcher(name).find();
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

    /** How many characters of kind a name cut short may grow by after it ("管理有限公司"). */
    private static final int MAX_GROWTH = 8;

    /**
     * The fullest form the text prints of a name cut short, where that form opens a line or a clause:
     * an account "知心驿站心理咨询" printed as "知心驿站心理咨询工作室由…创办", "康寿堂健康" as
     * "大连康寿堂健康管理有限公司诚邀您…", "康和中医诊所" as "南京康和中医诊所三伏贴…". What stands before it
     * must look like a place (two or three characters, or a division ending in 省市区县) and hold no word
     * that opens a sentence ("关于", "作者系", "欢迎访问"), so that a sentence is not taken for a name.
     */
    static String fullestInText(String name, String text) {
        Matcher m = Pattern.compile("(?:^|(?<=[\\s,，。：:、“\"（(]))(\\p{IsHan}{0," + MAX_PLACE_PREFIX + "}?)"
                + Pattern.quote(name) + "(" + InstitutionNames.NAME_CHAR + "{0," + MAX_GROWTH + "}?(?:"
                + InstitutionNames.suffixAlternation() + "))?", Pattern.MULTILINE).matcher(text);
        boolean complete = InstitutionNames.isInstitution(name);
        while (m.find()) {
            String place = m.group(1);
            // a complete name grows by its place only: "桐山县公安局" is not "桐山县公安局反诈中心"
            String kind = m.group(2) == null || complete || !REGISTERED_KIND.matcher(m.group(2)).find() ? "" : m.group(2);
            String whole = place + name + kind;
            boolean placeLike = place.isEmpty() || PLACE.matcher(place).matches() && !NOT_A_PLACE.matcher(place).find();
            if (!whole.equals(name) && placeLike && InstitutionNames.isInstitution(whole)) {
                return whole;
            }
        }
        return name;
    }

    /** A place before a name: a city's two or three characters ("南京", "大连"), or a division ("桐山县"). */
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{2,3}|\\p{IsHan}{1,5}[省市区县]");
    /** Words a line opens with before a name that are no place: "本文由", "欢迎访问", "关于", "作者系", "名称". */
    private static final Pattern NOT_A_PLACE = Pattern.compile("[" + CLAUSE_WORDS + "]|由|欢迎|访问|请|邀|您|我|与|及|为|称"
            + "|本期|本文|就来|功能|介绍|关于|作者|系|来自|位于|感谢|联系|咨询|推荐|推介|推薦|建议|选择|比如|例如|譬如|像是");
    /** The kinds a name cut short grows into: a registered form, not a platform's shop ("小鹿海外购个人店"). */
    private static final Pattern REGISTERED_KIND = Pattern.compile(
            "(?:有限公司|有限责任公司|公司|集团|工作室|门诊部|诊所|医院|中心|会所|馆|堂)$");

    /** A branch of a chain, as a name of its own: "解放路店", "南山分院". */
    private static final Pattern BRANCH_ONLY = Pattern.compile("^[\\p{IsHan}A-Za-z0-9]{1,10}(?:店|分院|院区)$");
    /** The longest name a branch's bracket may follow, so that a sentence run into it is not taken. */
    private static final int MAX_CHAIN_NAME = 12;

    /**
     * The chain a bare branch was cut from: "解放路店" printed as "百姓缘大药房（解放路店）", or a title's
     * "栖芽皮肤护理中心_天河店", is the chain's shop. Most corpus authors name the chain without the
     * branch, so the branch is left out.
     */
    static String chainOfBranch(String name, String text) {
        if (!BRANCH_ONLY.matcher(name).matches()) {
            return name;
        }
        // "益丰堂大药房（解放路店）", or a title's "栖芽皮肤护理中心_天河店"
        Matcher chain = Pattern.compile("(" + InstitutionNames.NAME_CHAR + "{2," + MAX_CHAIN_NAME + "})(?:[（(]"
                + Pattern.quote(name) + "[）)]|\\s?[_|｜·-]\\s?" + Pattern.quote(name) + "(?!\\p{IsHan}))").matcher(text);
        return chain.find() && InstitutionNames.isInstitution(chain.group(1)) ? chain.group(1) : name;
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
            if (completeName(inside)) {
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
        // a verb of coming that is no single clause word: "专程带母亲前来X医院", "慕名来到X诊所"
        String afterComing = COMING.matcher(best).replaceFirst("");
        if (afterComing.length() < best.length() && completeName(afterComing)) {
            return afterComing;
        }
        for (int i = best.length() - 1; i >= 0; i--) {
            if (CLAUSE_WORDS.indexOf(best.charAt(i)) >= 0) {
                String rest = best.substring(i + 1);
                if (completeName(rest) && !TRADE_ONLY.matcher(InstitutionNames.core(rest)).matches()) {
                    return rest;
                }
            }
        }
        return best;
    }

    /** Whether a name cut from a run names an institution with a brand of two characters or more before its kind. */
    private static boolean completeName(String name) {
        return InstitutionNames.isInstitution(name) && InstitutionNames.hanCount(InstitutionNames.core(name)) >= 2;
    }

    /** The account name, or the institution the article prints that shares its distinctive part. */
    static String widen(String name, List<String> standalone) {
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
        if (keepsOwnName(brand)) {
            return brand;
        }
        return sharingMostWith(brand, standalone, LEGAL_NAME).orElse(brand);
    }

    /** A name without the administrative division that leads it: "赣州市章贡区杏林正骨中医诊所" is "杏林正骨中医诊所". */
    static String withoutPlace(String name) {
        Matcher place = PLACE_PREFIX.matcher(name);
        return place.find() && InstitutionNames.hanCount(name.substring(place.end())) >= 2 ? name.substring(place.end()) : name;
    }

    /** A hint widened to the longest form the text prints, then to the registered name behind it. */
    static String registeredName(String hint, List<String> standalone) {
        return registered(widen(hint, standalone), standalone);
    }

    /**
     * The registered name behind a brand the markup gives: "禾麦健康官网" is published by the
     * "江西禾麦生物科技有限公司" its footer prints, "悦禾美容养生会所" is run by "西安市雁塔区悦禾美容养生馆".
     * A medical institution's own name is kept: a hospital is the advertiser, not the company managing it.
     */
    static String registered(String brand, List<String> standalone) {
        Optional<String> fuller = standalone.stream()
                .filter(n -> n.length() > brand.length() && n.contains(brand) && LEGAL_NAME.matcher(n).find())
                // an institution run into another's name ("X医院" + "市第二人民医院…协作中心", its claimed partner) is two names
                .filter(n -> !InstitutionNames.isInstitution(brand)
                        || !ANOTHER_INSTITUTION.matcher(n.substring(n.indexOf(brand) + brand.length())).find())
                .max(Comparator.comparingInt(String::length));
        if (fuller.isPresent()) {
            return fuller.get(); // "艾善堂" is "绍兴市越城区艾善堂艾灸养生馆"
        }
        Optional<String> licensed = licensedBehindBrand(brand, standalone);
        if (licensed.isPresent()) {
            return licensed.get();
        }
        if (keepsOwnName(brand)) {
            return brand;
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

    /**
     * The licensed institution behind a brand that names a kind no licence is issued under: "优高儿童成长门诊"
     * is "海口美兰优高儿科诊所", "德济堂国医馆" is "大连德济堂中医诊所", when the two share the brand
     * ({@link #MIN_BRAND_RUN} characters or more, a place the licensed name opens with left out).
     */
    static Optional<String> licensedBehindBrand(String brand, List<String> standalone) {
        if (!BRAND_KIND.matcher(brand).find()) {
            return Optional.empty();
        }
        return sharingMostWith(brand, standalone, LICENSED_MEDICAL);
    }

    /**
     * The name of {@code form} that shares the longest run ({@link #MIN_BRAND_RUN} characters or
     * more, its leading place left out) with {@code brand}; the first wins a tie.
     */
    private static Optional<String> sharingMostWith(String brand, List<String> standalone, Pattern form) {
        String best = null;
        int bestRun = MIN_BRAND_RUN - 1;
        for (String candidate : standalone) {
            int run = InstitutionNames.sharedRun(brand, withoutPlace(candidate));
            if (run > bestRun && form.matcher(candidate).find()) {
                best = candidate;
                bestRun = run;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The standalone name sharing the longest run (two chars or more) with {@code hint}; the last wins a tie. */
    static Optional<String> bestRelated(String hint, List<String> standalone) {
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

    /** Drops a "Copyright"-like Latin word or a stray bracket a name run picked up at its start. */
    static String stripLeadingWords(String name) {
        return name.replaceFirst("^(?i:copyright|all rights reserved)", "").replaceFirst("^[()（）·]+", "")
                .replaceFirst("^" + GREETING, "").replaceFirst("^" + FIELD_LABEL, "").replaceFirst("^(?:关于|走进|认识)(?=\\p{IsHan}{4})", "").strip();
    }
}
