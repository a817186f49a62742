package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medadwatch.page.ExtractedPage;

/**
 * Golden files: each {@code golden/NAME.html} is extracted and printed in a plain, reviewable
 * form that must equal {@code golden/NAME.expected}. After a deliberate change, regenerate with
 * {@code mvn test -Dgolden.update=true} and review the diff.
 */
class PageExtractorGoldenTest {
    private final PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"hospital-gbk", "wechat-article", "shop", "news", "forum-thread"})
    void extractionMatchesGoldenFile(String name) throws Exception {
        ExtractedPage page = extractor.extract(TestResources.bytes("golden/" + name + ".html"), Optional.empty(),
                name + ".html");
        String actual = print(page);
        if (Boolean.getBoolean("golden.update")) {
            write(Path.of("src/test/resources/extract/golden", name + ".expected"), actual);
        }
        assertEquals(TestResources.text("golden/" + name + ".expected"), actual);
    }

    @org.junit.jupiter.api.Test
    void aPostersAvatarNamesNoAdvertiser() throws Exception {
        String html = "<html><head><title>寄血验男女靠谱吗</title></head><body>"
                + "<img class=\"avatar\" src=\"/avatar/8812.jpg\" alt=\"桃桃不长痘的头像\"><p>楼主 · 2026-09-03</p>"
                + "<p>有没有姐妹试过？</p><p>2楼 回复</p></body></html>";
        ExtractedPage page = extractor.extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty(),
                "avatar.html");
        assertEquals(false, page.facts().advertiser().filter(a -> a.contains("头像")).isPresent(),
                page.facts().advertiser()::toString);
    }

    static String print(ExtractedPage page) {
        StringBuilder out = new StringBuilder();
        out.append("charset: ").append(page.charset()).append('\n');
        out.append("title: ").append(page.title()).append('\n');
        out.append("advertiser: ").append(page.facts().advertiser().orElse("-")).append('\n');
        out.append("phones: ").append(String.join(" ; ", page.facts().phones())).append('\n');
        out.append("approvals: ").append(String.join(" ; ", page.facts().approvalNumbers())).append('\n');
        out.append("icp: ").append(page.facts().icp().orElse("-")).append('\n');
        out.append("signals: ").append(new TreeSet<>(page.signals())).append('\n');
        page.wechat().ifPresent(w -> out.append("wechat.title: ").append(w.title()).append('\n')
                .append("wechat.account: ").append(w.account()).append('\n')
                .append("wechat.published: ").append(w.publishTime().orElse("-")).append('\n')
                .append("wechat.body:\n").append(w.body()).append('\n'));
        out.append("text:\n").append(page.text()).append('\n');
        return out.toString();
    }

    private static void write(Path path, String content) throws IOException {
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
