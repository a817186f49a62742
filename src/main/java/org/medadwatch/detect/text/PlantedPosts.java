package org.medadwatch.detect.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The posts on a thread that advertise: on a forum, a Q&A page, a note's comments or a news
 * story's comment section, the reply that vouches for a named private clinic or a product and
 * leaves a phone or WeChat ID to reach it ("我就是在X医院看好的…加微信 bk-nk2026 问我"). The
 * thread is the platform's; such a post is the clinic's disguised ad (互联网广告管理办法§9), and
 * the other posts, patients asking and warning, are no one's ad. Read by the advertiser finder (who
 * advertises) and the ad decision (that someone does).
 *
 * <p>A post is a run of lines between the thread's furniture (usernames, timestamps, 回复 and 举报
 * buttons, the site's footer): a line short and unpunctuated, or one holding furniture words, closes it.
 * A site named after a clinic (its title ends "_X医院") is the clinic's own, every post on it included:
 * no post there is planted.
 */
public final class PlantedPosts {
    /** A post's span in the page text. */
    public record Post(int start, int end) {
    }

    /** What only a thread prints: floors, reply and report buttons, votes, bylines of posts. */
    private static final Pattern FURNITURE = Pattern.compile(
            // a floor's time ("2楼 2026-05-11 23:20") is a kind of its own beside the floor
            "(?<=\\d楼\\s{0,2})\\d{4}-\\d{1,2}-\\d{1,2}|楼主|\\d+楼|沙发|板凳|地板|回复|举报|赞同|点赞|评论|发表于|编辑于|楼上|客户端|关注者|被浏览|写回答|网友"
            + "|最佳答案|其他回答|提问者|回答者|答主|采纳率|我要提问|提问于|回答于|赞\\s?\\d+"
            // a poster's byline: the account's age and standing ("注册 5 天", "积分 120")
            + "|注册\\s?\\d+\\s?(?:天|个月|年)|积分\\s?\\d+|(?<![A-Za-z])[Ll][Vv]\\s?\\d{1,2}(?!\\d)"
            // what readers reply under a post that names a place: "收藏了，谢谢楼主", "同问", "求地址"
            + "|收藏了|已收藏|同问|求地址|求联系方式|码住|谢谢楼主|感谢楼主|感谢分享|谢谢分享|查看主题|帖子详情|主题详情"
            // a news story's or an article's comment section
            + "|读者留言|网友留言|精选留言|留言区|网友评论|热门评论|最新评论");
    /** A post's timestamp line: "2026-10-08 08:55 河南", "发表于 2026-06-13 09:12", "3小时前". */
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "^.{0,16}(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}-\\d{1,2}\\s\\d{1,2}:\\d{2}|\\d+\\s?(?:分钟|小时|天)前).{0,12}$");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[，。！？；：!?]");
    /** A way to reach the advertiser: a phone, or a WeChat ID after its label. */
    private static final Pattern CONTACT = Pattern.compile(
            // a landline or a mobile may be printed in groups: "0736-5551 7270", "139 7420 5821"
            "(?<!\\d)(?:0\\d{2,3}-?\\d{7,8}|0\\d{2,3}-?\\d{3,4}[ -]\\d{4}|1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|400-?\\d{3}-?\\d{4})(?!\\d)"
            + "|(?:微信|薇信|威信|vx|v信|wx|v|加v|\\+v|➕v|[微薇威][❤♥💗💕])\\s?[:：]?\\s?[a-z][a-z0-9_-]{4,19}", Pattern.CASE_INSENSITIVE);
    /**
     * A product a post says it used, got, recommends or was introduced to, by a name of its kind: "喝了轻本草益生菌酵素饮",
     * "推荐甲康堂抑菌液", "朋友送了个颐颈堂颈椎按摩仪".
     */
    public static final Pattern USED_PRODUCT = Pattern.compile("(?:用了|喝了|吃了|睡了|戴了|贴了|服用了|服用|这款|推荐(?:了)?|介绍(?:了)?(?:我们|我|他|她)?(?:吃|用|喝)?"
            + "|(?:送|买|入|换|囤)了)(?:[一两几]|\\d+)?(?:个|台|款|盒|套|瓶|袋)?"
            + "(\\p{IsHan}{2,12}(?:仪|器|枕|床垫|酵素饮|酵素|胶囊|口服液|鱼油|益生菌|颗粒|膏|贴|茶|饮|片|液|喷剂|喷雾|霜|肽))");
    /** A named private institution or a branded product. */
    private static final Pattern PROMOTED = Pattern.compile(
            "\\p{IsHan}{2,12}(?:医院|门诊部|诊所|医馆|国医堂|中医堂|理疗馆|推拿馆|针灸馆|医疗美容|整形|口腔|妇科|男科"
            + "|修复中心|护理中心|调理中心|康复中心|健康管理中心|医学中心|细胞中心|研究所|研究院|养生馆|药房|药店)|®|【[^】]{2,20}】"
            // a TCM clinic's kind alone, as a reply names it again: "国医堂电话 0523-…"
            + "|国医堂|国医馆|中医馆|中医堂"
            // a doctor given with a way to reach him: "加郑医生V：137…", "王大夫电话"
            + "|\\p{IsHan}(?:医生|大夫)(?=\\s?(?:[vV]|微信|薇信|电话|手机|[:：]))|"
            + USED_PRODUCT.pattern());
    /** A private institution named in full, whose short name a later post may use ("昆明华仁皮肤病医院"). */
    private static final Pattern INSTITUTION = Pattern.compile(
            "\\p{IsHan}{2,12}(?:医院|门诊部|诊所|医馆|国医堂|中医堂|医疗美容|口腔)");
    /** Words a sentence leads into a name with ("比如昆明华仁皮肤病医院"), no part of it. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:比如|例如|譬如|像是|推荐|建议|就是|还是|可以|去|到|在|像)+");
    /** A cure told of a place by its short name: "我去年就是在华仁治好的", "去康宁看好的", "在济和堂喝了三个月中药". */
    private static final Pattern CURED_AT_SHORT_NAME = Pattern.compile(
            "(?:在|去|到|找)(\\p{IsHan}{2,3}?)(?:治好|看好|调好|做好|治的|看的|做的|喝了|吃了|调了|治了|扎了|做了|开了)");
    /** A public institution, which a patient may recommend with its booking line: no one's ad. */
    private static final Pattern PUBLIC = Pattern.compile(
            "人民医院|妇幼保健|附属|疾控|卫生院|中心医院|卫生服务中心|第[一二三四五六七八九十]+医院|[省市县区]中医院|公立"
            // the public hospital as people call it: "之前在市医院吃了一年药"
            + "|[省市县]医院");
    /** A voucher's words: a cure of one's own, a referral, an invitation to write. */
    private static final Pattern VOUCHES = Pattern.compile(
            "看好|治好|好了|根治|断根|怀上|推荐|推介|介绍|亲测|专治|专冶|祖传|有需要|需要的|我就是|我在|我们"
            + "|加我|问我|私我|找我|私聊|私信|报我|说是我|滴滴我|有效|神奇|靠谱|放心|来电咨询|欢迎来电|欢迎咨询"
            // the clinic's own post inviting readers to a session
            + "|报名|名额有限|坐诊|巡诊");
    /** A warning's words: the post exposes the clinic it names. */
    private static final Pattern WARNS = Pattern.compile(
            // "我不是托" is the planted post's own disclaimer, no warning
            "坑|骗|别去|千万别|不要去|投诉|维权|曝光|避雷|(?<!不)是托|(?<!不是)托儿|上当|(?<![上好效])退钱|讨说法|黑心|警惕"
            + "|查处|立案|处罚|违法|虚假|专项|整治|抽检|监管");
    /** A site's footer line, which closes the last post. */
    private static final Pattern FOOTER_LINE = Pattern.compile(
            "ICP备|ICP证|版权所有|公网安备|举报电话|新闻热线|关于我们|联系我们|网站地图|(?i:copyright)|©");
    /** How far from the name it pushes a post leaves its contact: one reply's length, or a clinic's notice of a session. */
    private static final int CONTACT_REACH = 300;
    /** A medical institution's name closing a title's last segment: the site is the clinic's own. */
    private static final Pattern CLINIC_SITE = Pattern.compile(
            "(?:医院|门诊部|诊所|中医馆|国医馆|医疗美容|口腔)\\s*(?:官网|官方网站)?$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[_|｜]\\s*|\\s+-\\s+");
    private static final int MIN_FURNITURE = 2;
    /** The caption of a picture in a post ("使用前后对比", "效果图"): the post goes on after it. */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "^.{0,8}(?:对比图?|效果图|截图|照片|实拍图?|图片|前后)$"
            // a before-and-after pair's own captions: "涂抹前", "三个月后", "第14天"
            + "|^(?:[^\\s，。！？]{0,5}(?:前|后)\\s*){1,3}$|^第?[一二三四五六七八九十\\d]+(?:天|周|个月|月)(?:后)?$");
    private static final int MIN_CONTENT_LINE = 12;
    /** A reply opening with its floor and poster: "2楼 南门老王：楼主这个是托吧". It starts a post of its own. */
    private static final Pattern REPLY_OPENING = Pattern.compile("^(?:\\d+楼|沙发|板凳|地板)\\s?[^，。！？；,.!?:：]{0,16}[:：]");
    /** How far before a post its byline may stand: a username, a badge, a floor and a timestamp. */
    private static final int BYLINE_REACH = 60;

    private PlantedPosts() {
    }

    /** The planted posts of a page, in page order; none where the page is no thread or the site is a clinic's. */
    public static List<Post> in(String title, String text) {
        String plainTitle = TextFolder.simplified(title);
        String[] segments = TITLE_SEPARATOR.split(plainTitle.strip());
        if (CLINIC_SITE.matcher(segments[segments.length - 1]).find() || ComplaintTitle.in(plainTitle)) {
            return List.of();
        }
        String plain = TextFolder.simplified(text);
        if (!hasFurniture(plain)) {
            return List.of();
        }
        List<Post> planted = new ArrayList<>();
        for (Post post : posts(plain)) {
            String body = plain.substring(post.start(), post.end());
            boolean promotes = promotesWithContact(body) || shortNamed(body, plain).isPresent();
            if (promotes && VOUCHES.matcher(body).find() && !WARNS.matcher(body).find()) {
                planted.add(post);
            }
        }
        return planted;
    }

    /**
     * The private institution a post names by its short name, with a way to reach it ("我去年就是在华仁治好的…
     * 他们电话0871-…"), in full as the page prints it elsewhere ("昆明华仁皮肤病医院"); empty where the post names
     * none so, or the short name stands in no institution's name on the page.
     */
    public static Optional<String> shortNamed(String post, String page) {
        Matcher cured = CURED_AT_SHORT_NAME.matcher(post);
        if (!cured.find() || !CONTACT.matcher(post).find()) {
            return Optional.empty();
        }
        String shortName = cured.group(1);
        Matcher named = INSTITUTION.matcher(page);
        while (named.find()) {
            String name = LEAD_IN.matcher(named.group()).replaceFirst("");
            int at = name.indexOf(shortName);
            // the short name is the brand inside the name, after its place at most: not a word of its kind ("医院")
            if (at >= 0 && at <= 4 && at + shortName.length() < name.length() - 1 && !PUBLIC.matcher(name).find()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code name} is the site a thread stands on, as the title's last segment names it ("…_棠江吧_众吧",
     * "… - 栖知"): a forum or a Q&A host, whatever its name says, whose posts are its users'.
     */
    public static boolean hostedBy(String name, String title, String text) {
        return threadSite(title, text).filter(TextFolder.simplified(name).strip()::equals).isPresent();
    }

    /** The site a thread stands on, as the title's last segment names it; empty where the page is no thread. */
    public static Optional<String> threadSite(String title, String text) {
        String[] segments = TITLE_SEPARATOR.split(TextFolder.simplified(title).strip());
        return segments.length > 1 && isThread(text) ? Optional.of(segments[segments.length - 1]) : Optional.empty();
    }

    /** Whether any post on the page leaves a phone or a WeChat ID; the site's footer holds no post. */
    public static boolean postsLeaveContact(String text) {
        String plain = TextFolder.simplified(text);
        return posts(plain).stream().anyMatch(p -> CONTACT.matcher(plain).region(p.start(), p.end()).find());
    }

    /** Whether the text has a thread's furniture (floors, reply and report buttons, bylines). */
    public static boolean isThread(String text) {
        return hasFurniture(TextFolder.simplified(text));
    }

    private static boolean hasFurniture(String plain) {
        return distinct(FURNITURE, plain) >= MIN_FURNITURE;
    }

    /** Whether a name is a public institution's ("市第一医院", "省人民医院"), which no planted post pushes. */
    public static boolean isPublic(String name) {
        return PUBLIC.matcher(TextFolder.simplified(name)).find();
    }

    /** Whether the post names a private clinic or a product with a phone or WeChat ID near the name. */
    private static boolean promotesWithContact(String body) {
        Matcher m = PROMOTED.matcher(body);
        Matcher contact = CONTACT.matcher(body);
        while (m.find()) {
            contact.region(Math.max(0, m.start() - CONTACT_REACH), Math.min(body.length(), m.end() + CONTACT_REACH));
            if (!PUBLIC.matcher(m.group()).find() && contact.find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs of content lines, each closed by a furniture line, and each with the furniture before it since
     * the last post: the byline a clinic signs its reply with ("陈医生-陈氏骨伤诊所 3楼") is part of its post.
     */
    private static List<Post> posts(String text) {
        List<Post> posts = new ArrayList<>();
        int start = -1;
        int end = -1;
        int lastEnd = 0;
        int at = 0;
        while (at <= text.length()) {
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(at, lineEnd).strip();
            if (start >= 0 && REPLY_OPENING.matcher(line).find()) {
                posts.add(new Post(start, end));
                lastEnd = end;
                start = -1;
            }
            if (isContent(line) || start >= 0 && CAPTION_LINE.matcher(line).find()) {
                start = start < 0 ? Math.min(at, Math.max(lastEnd, at - BYLINE_REACH)) : start;
                end = lineEnd;
            } else if (start >= 0) {
                posts.add(new Post(start, end));
                lastEnd = end;
                start = -1;
            }
            at = lineEnd + 1;
        }
        if (start >= 0) {
            posts.add(new Post(start, end));
        }
        return posts;
    }

    private static boolean isContent(String line) {
        if (TIMESTAMP_LINE.matcher(line).find() || FOOTER_LINE.matcher(line).find()) {
            return false;
        }
        // a username, a byline of votes and views, a row of buttons: no sentence, or furniture words
        return SENTENCE_MARK.matcher(line).find()
                || line.codePointCount(0, line.length()) >= MIN_CONTENT_LINE && !FURNITURE.matcher(line).find();
    }

    private static int distinct(Pattern pattern, String text) {
        Set<String> seen = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            seen.add(m.group().replaceAll("\\d", "#"));
        }
        return seen.size();
    }
}
