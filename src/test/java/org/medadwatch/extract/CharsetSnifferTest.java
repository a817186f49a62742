package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
    private final CharsetSniffer sniffer = new CharsetSniffer(ExtractionLimits.DEFAULT_SNIFF_BYTES);

    private CharsetChoice sniff(String fixture, Optional<String> header) {
        return sniffer.sniff(TestResources.bytes("charset/" + fixture), header);
    }

    @Test
    void undeclaredGbkPageIsDetectedAsGb18030() {
        CharsetChoice choice = sniff("gbk-undeclared.html", Optional.empty());
        assertEquals(CharsetSniffer.GB18030, choice.charset());
        assertEquals(CharsetChoice.Origin.DETECTED, choice.origin());
    }

    @Test
    void gb2312DeclaredByHttpEquivIsReadAsGb18030() {
        CharsetChoice choice = sniff("gb2312-http-equiv.html", Optional.empty());
        assertEquals(CharsetSniffer.GB18030, choice.charset());
        assertEquals(CharsetChoice.Origin.META, choice.origin());
    }

    @Test
    void utf8BomWinsOverMetaAndHeader() {
        CharsetChoice choice = sniff("utf8-bom-beats-meta.html", Optional.of("text/html; charset=gbk"));
        assertEquals(new CharsetChoice(StandardCharsets.UTF_8, 3, CharsetChoice.Origin.BOM), choice);
    }

    @Test
    void utf16BomsAreRecognisedWithTheirByteOrder() {
        assertEquals(new CharsetChoice(StandardCharsets.UTF_16LE, 2, CharsetChoice.Origin.BOM),
                sniff("utf16le-bom.html", Optional.empty()));
        assertEquals(new CharsetChoice(StandardCharsets.UTF_16BE, 2, CharsetChoice.Origin.BOM),
                sniff("utf16be-bom.html", Optional.empty()));
    }

    @Test
    void headerCharsetOverridesMeta() {
        CharsetChoice choice = sniff("utf8-declared-gbk.html", Optional.of("text/html; charset=\"UTF-8\""));
        assertEquals(StandardCharsets.UTF_8, choice.charset());
        assertEquals(CharsetChoice.Origin.HEADER, choice.origin());
    }

    @Test
    void metaIsUsedWhenHeaderHasNoCharset() {
        CharsetChoice choice = sniff("utf8-declared-gbk.html", Optional.of("text/html"));
        assertEquals(CharsetSniffer.GB18030, choice.charset());
        assertEquals(CharsetChoice.Origin.META, choice.origin());
    }

    @Test
    void unknownCharsetNameFallsBackToDetection() {
        CharsetChoice utf8 = sniff("bogus-charset.html", Optional.of("text/html; charset=no-such-thing"));
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals(CharsetChoice.Origin.DETECTED, utf8.origin());
        CharsetChoice gbk = sniff("bogus-charset-gbk.html", Optional.empty());
        assertEquals(CharsetSniffer.GB18030, gbk.charset());
        assertEquals(CharsetChoice.Origin.DETECTED, gbk.origin());
    }

    @Test
    void utf16DeclaredInAsciiReadableMetaIsIgnored() {
        CharsetChoice choice = sniff("meta-utf16-ascii.html", Optional.empty());
        assertEquals(StandardCharsets.UTF_8, choice.charset());
        assertEquals(CharsetChoice.Origin.DETECTED, choice.origin());
    }

    @Test
    void declaredBig5IsHonoured() {
        CharsetChoice choice = sniff("big5-declared.html", Optional.empty());
        assertEquals(Charset.forName("Big5"), choice.charset());
    }

    @Test
    void gbkFamilyNamesResolveToGb18030() {
        for (String name : new String[] {"GBK", "gb2312", "x-gbk", "GB18030", " cp936 ", "EUC-CN"}) {
            assertEquals(Optional.of(CharsetSniffer.GB18030), CharsetSniffer.resolve(name), name);
        }
    }

    @Test
    void unsupportedOrIllegalNamesResolveToNothing() {
        assertEquals(Optional.empty(), CharsetSniffer.resolve("no-such-charset"));
        assertEquals(Optional.empty(), CharsetSniffer.resolve("bad name!"));
        assertEquals(Optional.empty(), CharsetSniffer.resolve(""));
    }

    @Test
    void metaAfterTheScanWindowIsNotSeen() {
        String padding = "<!--" + "x".repeat(5000) + "-->";
        byte[] raw = (padding + "<meta charset=\"gbk\">").getBytes(StandardCharsets.US_ASCII);
        assertTrue(sniffer.metaCharset(raw).isEmpty());
    }
}
