package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medadwatch.page.ExtractedPage;

class PageExtractorRobustnessTest {
    private final PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());

    private PageRejectedException rejected(byte[] raw) {
        return assertThrows(PageRejectedException.class, () -> extractor.extract(raw, Optional.empty(), "pages/x.html"));
    }

    @Test
    void emptyFileIsRejectedWithItsSource() {
        PageRejectedException e = rejected(new byte[0]);
        assertEquals(PageRejectedException.Reason.EMPTY, e.reason());
        assertEquals("pages/x.html", e.source());
        assertEquals("pages/x.html: empty file", e.getMessage());
    }

    @Test
    void whiteSpaceOnlyFileIsRejectedAsEmpty() {
        assertEquals(PageRejectedException.Reason.EMPTY, rejected(" \r\n\t ".getBytes(StandardCharsets.US_ASCII)).reason());
    }

    @Test
    void pngServedAsHtmlIsRejectedByItsMagicNumber() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        PageRejectedException e = rejected(png);
        assertEquals(PageRejectedException.Reason.BINARY, e.reason());
        assertEquals("pages/x.html: binary content (PNG image), not HTML", e.getMessage());
    }

    @Test
    void pdfZipGifAndJpegAreRejectedAsBinary() {
        assertEquals("binary content (PDF document), not HTML", rejected(ascii("%PDF-1.7\n...")).detail());
        assertEquals("binary content (ZIP archive), not HTML", rejected(new byte[] {'P', 'K', 3, 4, 20, 0}).detail());
        assertEquals("binary content (GIF image), not HTML", rejected(ascii("GIF89a....")).detail());
        assertEquals("binary content (JPEG image), not HTML",
                rejected(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).detail());
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] raw = ascii("<html><body>text\0\0\0more</body></html>");
        assertEquals("binary content (NUL bytes), not HTML", rejected(raw).detail());
    }

    @Test
    void manyControlBytesMeanBinary() {
        byte[] raw = new byte[2000];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertEquals(PageRejectedException.Reason.BINARY, rejected(raw).reason());
    }

    @Test
    void twentyMegabytePageIsRejectedBySizeQuickly() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        PageRejectedException e = assertTimeoutPreemptively(Duration.ofMillis(200), () -> rejected(huge));
        assertEquals(PageRejectedException.Reason.TOO_LARGE, e.reason());
        assertEquals("pages/x.html: 20,971,520 bytes, over the limit of 8,388,608 bytes", e.getMessage());
    }

    @Test
    void limitIsConfigurable() throws Exception {
        PageExtractor small = new PageExtractor(ExtractionLimits.defaults().withMaxBytes(1024));
        byte[] page = ascii("<p>" + "a".repeat(2000) + "</p>");
        assertThrows(PageRejectedException.class, () -> small.extract(page, Optional.empty(), "p"));
        assertEquals("a".repeat(2000), extractor.extract(page, Optional.empty(), "p").text());
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(0, 4096, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(1024, 10, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(1024, 4096, 1.5));
    }

    @Test
    void unknownCharsetFallsBackToDetectionInsteadOfFailing() throws Exception {
        byte[] raw = "<meta charset=\"klingon-8\"><p>预约电话：0571-87163320</p>".getBytes(StandardCharsets.UTF_8);
        ExtractedPage page = extractor.extract(raw, Optional.of("text/html; charset=also-unknown"), "p");
        assertEquals("UTF-8", page.charset());
        assertEquals("预约电话：0571-87163320", page.text());
    }

    @Test
    void headerCharsetDecidesTheDecoding() throws Exception {
        byte[] raw = "<p>白癜风医院</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("白癜风医院", extractor.extract(raw, Optional.of("text/html;charset=utf-8"), "p").text());
    }

    @Test
    void gbkPageWithoutDeclarationIsDecoded() throws Exception {
        ExtractedPage page = extractor.extract(TestResources.bytes("charset/gbk-undeclared.html"), Optional.empty(), "p");
        assertEquals("GB18030", page.charset());
        assertEquals("皮肤病专科_杭州禾煦皮肤病医院", page.title());
        assertEquals(java.util.List.of("0571-87163320"), page.facts().phones());
    }

    @Test
    void utf16PageWithBomIsDecoded() throws Exception {
        ExtractedPage page = extractor.extract(TestResources.bytes("charset/utf16le-bom.html"), Optional.empty(), "p");
        assertEquals("白癜风\n白癜风专科医院", page.text());
    }

    @Test
    void brokenHtmlIsExtractedNotRejected() throws Exception {
        byte[] raw = ascii("<html><head><title>t</title><body><div><p>a<table><td>b</div></span><p>c<!-- unclosed");
        ExtractedPage page = extractor.extract(raw, Optional.empty(), "p");
        assertTrue(page.text().contains("a"));
        assertTrue(page.text().contains("c"));
    }

    @Test
    void textWithoutAnyTagsIsStillAPage() throws Exception {
        ExtractedPage page = extractor.extract("咨询电话：13912345678".getBytes(StandardCharsets.UTF_8), Optional.empty(), "p");
        assertEquals(java.util.List.of("13912345678"), page.facts().phones());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
