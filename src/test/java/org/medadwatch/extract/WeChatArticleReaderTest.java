package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.medadwatch.page.WeChatArticle;

class WeChatArticleReaderTest {
    private final WeChatArticleReader reader = new WeChatArticleReader(new VisibleTextRenderer());

    @Test
    void readsTitleAccountTimeAndBody() {
        String html = "<h1 class=rich_media_title id=activity-name> 标题 </h1><a id=js_name>某某医院</a>"
                + "<em id=publish_time>2026-03-15</em><div id=js_content><p>第一段</p><p>第二段</p></div>";
        assertEquals(Optional.of(new WeChatArticle("标题", "某某医院", Optional.of("2026-03-15"), "第一段\n第二段")),
                reader.read(Jsoup.parse(html)));
    }

    @Test
    void publishTimeFallsBackToTheCreateTimeInScripts() {
        String html = "<div id=js_content>正文</div><script>var ct = \"1773565200\";</script>";
        assertEquals(Optional.of("2026-03-15 17:00"), reader.read(Jsoup.parse(html)).flatMap(WeChatArticle::publishTime));
    }

    @Test
    void accountFallsBackToTheNicknameInScripts() {
        String html = "<div class=rich_media_content>正文</div><script>var nickname = htmlDecode(\"澄曜眼科\");</script>";
        assertEquals("澄曜眼科", reader.read(Jsoup.parse(html)).orElseThrow().account());
    }

    @Test
    void accountFallsBackToTheBylineACopyKept() {
        String html = "<div class=rich_media_content><h1>今年冬天来海南过吧</h1><p class=meta>椰林候鸟康养俱乐部　2026-09-26</p>"
                + "<p>三亚湾一线海景</p></div>";
        assertEquals("椰林候鸟康养俱乐部", reader.read(Jsoup.parse(html)).orElseThrow().account());
        String noByline = "<div class=rich_media_content><p>2026-09-26 我们出发了</p><p>正文</p></div>";
        assertEquals("", reader.read(Jsoup.parse(noByline)).orElseThrow().account(), "a date alone names no account");
    }

    @Test
    void openGraphSiteNameAloneMarksTheLayout() {
        String html = "<html><head><meta property=og:site_name content=微信公众平台><title>t</title></head><body>x</body></html>";
        assertTrue(reader.read(Jsoup.parse(html)).isPresent());
    }

    @Test
    void ordinaryPageIsNotAWechatArticle() {
        assertEquals(Optional.empty(), reader.read(Jsoup.parse("<div id=content><h1>标题</h1></div>")));
    }
}
