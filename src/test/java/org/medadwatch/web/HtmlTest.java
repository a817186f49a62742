package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {
    @Test
    void textAndAttributesAreEscaped() {
        String h = Html.tag("p").attr("title", "\"><script>x</script>").add("<b>&'\"").build().toString();
        assertEquals("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;&amp;&#39;&quot;</p>", h);
    }

    @Test
    void eventHandlerAndStyleAttributesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Html.tag("a").attr("onclick", "x"));
        assertThrows(IllegalArgumentException.class, () -> Html.tag("a").attr("style", "x"));
        assertThrows(IllegalArgumentException.class, () -> Html.tag("a").attr("x onclick", "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example/",
            "/\\evil.example", "java\tscript:x", "http://ok.example/\n"})
    void unsafeUrlsAreRefused(String url) {
        assertFalse(Html.isSafeUrl(url), url);
        assertThrows(IllegalArgumentException.class, () -> Html.tag("a").attr("href", url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/clues/XS-2026-000001", "http://a.example/x?y=1", "https://a.example/", "?page=2"})
    void siteAndWebUrlsAreAllowed(String url) {
        assertTrue(Html.isSafeUrl(url), url);
    }

    @Test
    void bracketHighlightsAreEscapedThenMarked() {
        assertEquals("a&lt;b<mark>&lt;script&gt;</mark>c", ClueController.bracketHighlight("a<b【<script>】c").toString());
    }
}
