package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleTextRendererTest {
    private final VisibleTextRenderer renderer = new VisibleTextRenderer();

    private String render(String html) {
        return renderer.render(Jsoup.parse(html));
    }

    @Test
    void inlineElementsDoNotBreakAPhrase() {
        String text = render("<p>本院<strong>根<span>*</span>治牛皮癣不反弹</strong>，<font color=red>欢迎</font><a href=#>咨询</a></p>");
        assertEquals("本院根*治牛皮癣不反弹，欢迎咨询", text);
    }

    @Test
    void linksSideBySideAreItemsOfAMenu() {
        assertEquals("首页 医院概况 科室导航", render("<div class=nav><a href=/>首页</a><a href=/yygk/>医院概况</a><a href=/ks/>科室导航</a></div>"));
        // a link inside a sentence still joins it
        assertEquals("欢迎咨询我院", render("<p>欢迎<a href=#>咨询</a>我院</p>"));
    }

    @Test
    void blockElementsAndBreaksStartNewLines() {
        String text = render("<div>第一段</div><p>第二段<br>第三行</p><ul><li>甲</li><li>乙</li></ul>"
                + "<table><tr><td>电话</td><td>0571-87163320</td></tr></table><h2>标题</h2>");
        assertEquals("第一段\n第二段\n第三行\n甲\n乙\n电话\n0571-87163320\n标题", text);
    }

    @Test
    void scriptStyleNoscriptAndTemplateAreNotVisible() {
        String text = render("<p>看得见</p><script>var a='看不见1';</script><style>p{}</style>"
                + "<noscript>看不见2</noscript><template><p>看不见3</p></template>");
        assertEquals("看得见", text);
    }

    @Test
    void altAndTitleAttributesAppearAtTheElementsPosition() {
        String text = render("<p>前<img src=a.png alt=\"济南岐澍堂中医门诊部\">后<a title=\"在线咨询\">链</a></p>");
        assertEquals("前 济南岐澍堂中医门诊部 后 在线咨询 链", text);
    }

    @Test
    void titleIsRenderedFirstButMetaDescriptionIsNot() {
        String text = render("<html><head><title>牛皮癣能治好吗_某某医院</title>"
                + "<meta name=description content=\"根治牛皮癣\"><meta name=keywords content=\"银屑病\"></head>"
                + "<body><p>正文</p></body></html>");
        assertEquals("牛皮癣能治好吗_某某医院\n正文", text);
        assertFalse(text.contains("根治牛皮癣"));
    }

    @Test
    void runsOfSpacesCollapseAndSourceLineBreaksAreSpaces() {
        String text = render("<p>  地址：  杭州\n\t 西湖区&nbsp;&nbsp;文三路 </p>");
        assertEquals("地址： 杭州 西湖区 文三路", text);
    }

    @Test
    void preformattedTextKeepsItsLineBreaks() {
        assertEquals("一\n二", render("<pre>一\n二</pre>"));
    }

    @Test
    void brokenHtmlStillRenders() {
        String text = render("<div><p>未闭合段落<table><tr><td>单元格<b>粗体</p></div></span>尾巴");
        assertTrue(text.contains("未闭合段落"));
        assertTrue(text.contains("单元格粗体"));
        assertTrue(text.contains("尾巴"));
    }
}
