package org.medadwatch.clue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.Category;
import org.medadwatch.evidence.EvidenceRef;

class ClueSheetCsvTest {
    private static final String GOLDEN = "/clue/sheet-golden.csv";

    /** Three clues; the second and third carry the hostile text crawled pages hold. */
    static List<ClueRow> rows() {
        return List.of(
                new ClueRow("XS-2026-000001", Instant.parse("2026-03-01T02:00:00Z"), "某某男科医院官网",
                        "http://nanke.example/a.html", Optional.of("某某男科医院"),
                        List.of("0571-87163320", "13912345678"), Optional.of("浙ICP备12345678号-1"),
                        new Jurisdiction(Optional.of("330100"), "浙江省杭州市", Jurisdiction.Source.PHONE),
                        Category.CURE_GUARANTEE, "一次根治；永不复发", "广告法 §16(1)(一); 医广办法 §7(二)", List.of(),
                        new EvidenceRef("scan-1.warc.gz", "<urn:uuid:0f1e2d3c-0000-4000-8000-000000000001>",
                                "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        ClueStatus.NEW),
                new ClueRow("XS-2026-000002", Instant.parse("2026-03-01T16:30:05Z"), "+健康\"养生\"馆",
                        "http://spa.example/p?a=1,b=2", Optional.of("=HYPERLINK(\"http://evil.example\",\"点我\")"),
                        List.of("+86 138 0791 4562"), Optional.empty(), Jurisdiction.unassigned(),
                        Category.DISEASE_CLAIM_NONMEDICAL, "调理三个月，\"治愈\"高血压\r\n停药不反弹",
                        "广告法 §17", List.of("-1"),
                        new EvidenceRef("scan-1.warc.gz", "<urn:uuid:2>", "sha256:ab"),
                        ClueStatus.DISPATCHED),
                new ClueRow("XS-2026-000003", Instant.parse("2026-12-31T16:00:00Z"), "@公众号\u0007名",
                        "https://mp.weixin.qq.com/s/abc", Optional.empty(), List.of(), Optional.of("京ICP备1号"),
                        new Jurisdiction(Optional.of("110000"), "北京市", Jurisdiction.Source.ICP),
                        Category.UNAPPROVED_AD, "医广〔2019〕第0000号 已过期", "广告法 §46; 医广办法 §3, §14",
                        List.of("医广〔2019〕第0000号", "药广审(文)2019"),
                        new EvidenceRef("scan-2.warc.gz", "<urn:uuid:3>", "AAAA"), ClueStatus.FEEDBACK));
    }

    @Test
    void sheetMatchesTheGoldenFile() throws IOException {
        StringWriter out = new StringWriter();
        ClueSheetCsv.write(rows(), out);
        byte[] actual = out.toString().getBytes(StandardCharsets.UTF_8);
        Path dump = Path.of("target", "sheet-actual.csv");
        Files.createDirectories(dump.getParent());
        Files.write(dump, actual);
        try (InputStream in = ClueSheetCsvTest.class.getResourceAsStream(GOLDEN)) {
            assertArrayEquals(in.readAllBytes(), actual, "compare " + dump + " with src/test/resources" + GOLDEN);
        }
    }

    @Test
    void fileStartsWithAByteOrderMarkAndHasTheSixteenColumnsInOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("clues.csv");
        ClueSheetCsv.write(rows(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String header = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertEquals("线索编号,发现时间,网站或公众号,网址,主体名称,联系电话,ICP备案号,属地,违法类型,类别代码,"
                + "违法内容摘录,法律依据,审查证明文号,证据记录,证据SHA-256,状态", header);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void formulaCellsAreDefusedAndQuotedCellsRoundTrip() {
        assertEquals("'=1+1", ClueSheetCsv.defuse("=1+1"));
        assertEquals("'+86 571", ClueSheetCsv.defuse("+86 571"));
        assertEquals("'-2", ClueSheetCsv.defuse("-2"));
        assertEquals("'@SUM(A1)", ClueSheetCsv.defuse("@SUM(A1)"));
        assertEquals("'\tx", ClueSheetCsv.defuse("\tx"));
        assertEquals("０=1", ClueSheetCsv.defuse("０=1"));
        assertEquals("\"a,b\"", ClueSheetCsv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ClueSheetCsv.quote("say \"hi\""));
        assertEquals("\"l1\nl2\"", ClueSheetCsv.quote("l1\nl2"));
        assertEquals("ab", ClueSheetCsv.clean("a\u0000b"));
    }
}
