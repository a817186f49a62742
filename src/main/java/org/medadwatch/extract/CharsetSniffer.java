package org.medadwatch.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides which charset a page's bytes are in, in the order jsoup's {@code DataUtil} and browsers
 * use:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything;</li>
 *   <li>then the {@code charset} parameter of the HTTP {@code Content-Type} header;</li>
 *   <li>then {@code <meta charset>} or {@code <meta http-equiv=Content-Type content="...charset=...">}
 *       in the first few KB, found by an ASCII scan of the bytes (the declaration is ASCII in
 *       every ASCII-compatible charset);</li>
 *   <li>then detection: bytes that are valid UTF-8 are UTF-8; otherwise juniversalchardet, when it
 *       names a multi-byte East Asian charset; otherwise GB18030, the usual legacy encoding of
 *       Chinese pages.</li>
 * </ol>
 * GBK, GB2312 and their aliases are read as GB18030, their superset, so that characters a
 * server's GBK table lacks still decode. A declared name that is unknown or unsupported is
 * ignored (detection decides), as is a UTF-16/32 declaration found by the ASCII scan: a page
 * whose {@code <meta>} is readable as ASCII cannot be UTF-16.
 */
final class CharsetSniffer {
    static final Charset GB18030 = Charset.forName("GB18030");

    private static final Set<String> GB_FAMILY = Set.of(
            "gbk", "gb2312", "gb_2312-80", "gb_2312", "x-gbk", "cp936", "ms936", "windows-936",
            "euc-cn", "csgb2312", "gb18030", "x-euc-cn", "hz-gb-2312");
    /** Detector answers trusted over the GB18030 default: other multi-byte CJK encodings. */
    private static final Set<String> TRUSTED_DETECTIONS = Set.of("BIG5", "EUC-TW", "SHIFT_JIS", "EUC-JP");

    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_PARAM =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private final int metaScanBytes;

    CharsetSniffer(int metaScanBytes) {
        this.metaScanBytes = metaScanBytes;
    }

    CharsetChoice sniff(byte[] raw, Optional<String> contentTypeHeader) {
        Optional<Boms.Bom> bom = Boms.find(raw);
        if (bom.isPresent()) {
            return new CharsetChoice(bom.get().charset(), bom.get().length(), CharsetChoice.Origin.BOM);
        }
        Optional<Charset> fromHeader = contentTypeHeader.flatMap(CharsetSniffer::charsetParameter)
                .flatMap(CharsetSniffer::resolve);
        if (fromHeader.isPresent()) {
            return new CharsetChoice(fromHeader.get(), 0, CharsetChoice.Origin.HEADER);
        }
        Optional<Charset> fromMeta = metaCharset(raw).filter(c -> !isWide(c));
        if (fromMeta.isPresent()) {
            return new CharsetChoice(fromMeta.get(), 0, CharsetChoice.Origin.META);
        }
        return new CharsetChoice(detect(raw), 0, CharsetChoice.Origin.DETECTED);
    }

    /** A charset name the header or a {@code <meta>} tag declares that no decoder here knows, if any. */
    Optional<String> unknownDeclaration(byte[] raw, Optional<String> contentTypeHeader) {
        Optional<String> header = contentTypeHeader.flatMap(CharsetSniffer::charsetParameter);
        if (header.isPresent() && resolve(header.get()).isEmpty()) {
            return header;
        }
        String head = new String(raw, 0, Math.min(raw.length, metaScanBytes), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Optional<String> declared = charsetParameter(meta.group());
            if (declared.isPresent() && resolve(declared.get()).isEmpty()) {
                return declared;
            }
        }
        return Optional.empty();
    }

    /** The charset declared by a {@code <meta>} tag in the first {@code metaScanBytes} bytes. */
    Optional<Charset> metaCharset(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, metaScanBytes), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Optional<Charset> declared = charsetParameter(meta.group()).flatMap(CharsetSniffer::resolve);
            if (declared.isPresent()) {
                return declared;
            }
        }
        return Optional.empty();
    }

    /** Maps a declared charset name to a charset Java can decode, GB names to GB18030. */
    static Optional<Charset> resolve(String declaredName) {
        String name = declaredName.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (GB_FAMILY.contains(name)) {
            return Optional.of(GB18030);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> charsetParameter(String text) {
        Matcher m = CHARSET_PARAM.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean isWide(Charset c) {
        String name = c.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static Charset detect(byte[] raw) {
        if (isValidUtf8(raw)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(raw, 0, raw.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null && TRUSTED_DETECTIONS.contains(detected.toUpperCase(Locale.ROOT))) {
            try {
                return Charset.forName(detected);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                return GB18030;
            }
        }
        return GB18030;
    }

    static boolean isValidUtf8(byte[] raw) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
