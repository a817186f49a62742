package org.medadwatch.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the WeChat public-account article layout (mp.weixin.qq.com): title, account, publish
 * time and body. A page has the layout when it carries {@code #js_content},
 * {@code .rich_media_content} or {@code #activity-name}, or says {@code og:site_name} 微信公众平台.
 */
final class WeChatArticleReader {
    static final String PLATFORM_NAME = "微信公众平台";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Pattern CREATE_TIME = Pattern.compile("\\bvar\\s+ct\\s*=\\s*[\"']?(\\d{9,11})");
    private static final Pattern PUBLISH_TIME = Pattern.compile(
            "publish_time\\s*[=:]\\s*[\"'](\\d{4}-\\d{2}-\\d{2}(?:\\s\\d{1,2}:\\d{2})?)[\"']");
    private static final Pattern NICKNAME = Pattern.compile(
            "\\bnickname\\s*=\\s*(?:htmlDecode\\()?\\s*[\"']([^\"'\\n]{1,60})[\"']");

    private final VisibleTextRenderer renderer;

    WeChatArticleReader(VisibleTextRenderer renderer) {
        this.renderer = renderer;
    }

    static boolean hasLayout(Document doc) {
        return doc.selectFirst("#js_content, .rich_media_content, #activity-name") != null
                || doc.select("meta[property=og:site_name]").stream()
                        .anyMatch(m -> PLATFORM_NAME.equals(m.attr("content").strip()));
    }

    Optional<org.medadwatch.page.WeChatArticle> read(Document doc) {
        if (!hasLayout(doc)) {
            return Optional.empty();
        }
        String scripts = doc.select("script").stream().map(Element::data).reduce("", (a, b) -> a + "\n" + b);
        String title = firstText(doc, "#activity-name, h1.rich_media_title, .rich_media_title")
                .or(() -> meta(doc, "og:title"))
                .orElse(doc.title().strip());
        String account = firstText(doc, "#js_name, .rich_media_meta_nickname, .profile_nickname")
                .or(() -> group(NICKNAME, scripts))
                .or(() -> byline(doc))
                .orElse("");
        Optional<String> published = firstText(doc, "#publish_time")
                .or(() -> group(PUBLISH_TIME, scripts))
                .or(() -> group(CREATE_TIME, scripts).map(WeChatArticleReader::fromEpochSeconds));
        Element content = doc.selectFirst("#js_content, .rich_media_content");
        String body = content == null ? "" : renderer.render(content);
        return Optional.of(new org.medadwatch.page.WeChatArticle(title, account, published, body));
    }

    /** A copy that lost the account's markup keeps its byline, the account and the date: "椰林候鸟康养俱乐部　2026-09-26". */
    private static final Pattern BYLINE = Pattern.compile(
            "^([\\p{IsHan}A-Za-z0-9·]{2,24})[\\s\\u3000]+\\d{4}[-年./]\\d{1,2}[-月./]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2})?$");
    /** How many of the article's first blocks may hold its byline. */
    private static final int BYLINE_BLOCKS = 3;

    private static Optional<String> byline(Document doc) {
        return doc.select("#js_content p, #js_content div, .rich_media_content p, .rich_media_content div").stream()
                .limit(BYLINE_BLOCKS)
                .map(e -> BYLINE.matcher(e.text().strip()))
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .findFirst();
    }

    private static Optional<String> firstText(Document doc, String css) {
        return doc.select(css).stream().map(e -> e.text().strip()).filter(s -> !s.isEmpty()).findFirst();
    }

    private static Optional<String> meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "]");
        return m == null ? Optional.empty() : Optional.of(m.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String fromEpochSeconds(String seconds) {
        return MINUTES.format(Instant.ofEpochSecond(Long.parseLong(seconds)).atZone(CHINA));
    }
}
