package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The analyze command end to end: bad pages are named on stderr, the good ones still judged. */
class AnalyzeCommandTest {
    private static final String AD = """
            <html><head><meta charset="gbk"><title>前列腺炎能根治吗_某某男科医院</title></head><body>
            <p>我院独创疗法，根治前列腺炎不复发，治愈率高达98%。</p>
            <p>咨询电话：0571-87654321</p>
            <p>版权所有：杭州某某男科医院 浙ICP备12345678号</p></body></html>
            """;
    private static final String NEWS = """
            <html><head><meta charset="utf-8"><title>市场监管局查处违法医疗广告_某某晚报网</title></head><body>
            <p>记者从市场监管局获悉，某医院在网站宣称“根治前列腺炎不复发”“治愈率高达98%”，已被立案查处。</p>
            <p>新闻热线：0571-85100000　版权所有：某某晚报网</p></body></html>
            """;

    record Run(int exit, List<JsonNode> pages, String err) {
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        List<JsonNode> pages = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("{")) {
                pages.add(new ObjectMapper().readTree(line));
            }
        }
        return new Run(exit, pages, err.toString());
    }

    @Test
    void judgesGbkAdAndLeavesNewsQuotingTheSameWordsAlone(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("ad.html"), AD.getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("news.html"), NEWS, StandardCharsets.UTF_8);
        Run r = run("analyze", "--rules", "rules", "--as-of", "2026-11-01", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode ad = r.pages().get(0);
        assertTrue(ad.get("is_medical_ad").asBoolean());
        List<String> categories = new ArrayList<>();
        ad.get("findings").forEach(f -> categories.add(f.get("category").asText()));
        assertTrue(categories.containsAll(List.of("CURE_GUARANTEE", "EFFICACY_RATE", "UNAPPROVED_AD")), categories.toString());
        JsonNode first = ad.get("findings").get(0);
        assertTrue(AD.contains(first.get("evidence").asText()), "evidence quoted from the page: " + first);
        assertEquals("0571-87654321", ad.get("extract").get("phones").get(0).asText());
        JsonNode news = r.pages().get(1);
        assertEquals("NOT_AD", news.get("ad_kind").asText());
        assertEquals(0, news.get("findings").size());
    }

    @Test
    void badPagesAreNamedAndTheRestStillJudged(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a-empty.html"), new byte[0]);
        Files.write(dir.resolve("b-image.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Files.write(dir.resolve("c-huge.html"), huge);
        Files.writeString(dir.resolve("d-broken.html"), "<html><body><div><p>根治前列腺炎不复发<table><td>咨询电话：0571-87654321"
                + "</b></i></span></font></em>".repeat(3) + "<td><tr></table></table></div></div></body></body>",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("e-charset.html"), "<meta charset=\"x-no-such-charset\"><p>杭州某某医院 咨询电话：0571-87654321</p>",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("f-ad.html"), AD.getBytes(Charset.forName("GBK")));
        Run r = run("analyze", "--rules", "rules", dir.toString());
        assertEquals(1, r.exit(), "exit code says something failed");
        assertTrue(r.err().contains("a-empty.html"), r.err());
        assertTrue(r.err().contains("b-image.html") && r.err().contains("PNG"), r.err());
        assertTrue(r.err().contains("c-huge.html") && r.err().contains("over the limit"), r.err());
        assertTrue(r.err().contains("3 page(s) could not be judged"), r.err());
        assertTrue(r.err().contains("d-broken.html: broken HTML"), r.err());
        assertTrue(r.err().contains("e-charset.html: declared charset 'x-no-such-charset' is unknown"), r.err());
        assertEquals(3, r.pages().size(), "broken HTML, unknown charset and the ad are judged");
        assertTrue(r.pages().get(2).get("findings").size() > 0);
    }

    @Test
    void brokenRuleFileStopsStartUpNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "category: CURE_GUARANTEE\nbasis: x\nrules:\n  - id: CURE-X-1\n    anchors: [根治\n",
                StandardCharsets.UTF_8);
        Path page = dir.resolve("p.html");
        Files.writeString(page, NEWS, StandardCharsets.UTF_8);
        Run r = run("analyze", "--rules", dir.toString(), page.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.yaml:"), r.err());
        assertEquals(0, r.pages().size());
    }
}
