package org.medadwatch.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns away input that is not an HTML page before any decoding or parsing: empty files,
 * oversized files (checked first, so a 20 MB page costs nothing), and binary content served as
 * HTML, recognised by its magic number or by NUL and other control bytes near the start.
 */
final class ContentScreen {
    /** A known binary format, recognised by its leading bytes. */
    private record Magic(String name, byte[] prefix) {
        boolean matches(byte[] raw) {
            return raw.length >= prefix.length && Arrays.equals(raw, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    private static final List<Magic> MAGICS = List.of(
            new Magic("PDF document", ascii("%PDF-")),
            new Magic("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
            new Magic("GIF image", ascii("GIF87a")),
            new Magic("GIF image", ascii("GIF89a")),
            new Magic("JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Magic("ZIP archive", new byte[] {'P', 'K', 3, 4}),
            new Magic("ZIP archive", new byte[] {'P', 'K', 5, 6}),
            new Magic("gzip data", new byte[] {0x1F, (byte) 0x8B}),
            new Magic("RIFF media (WebP/WAV/AVI)", ascii("RIFF")),
            new Magic("Windows executable", ascii("MZ")),
            new Magic("ELF executable", new byte[] {0x7F, 'E', 'L', 'F'}));

    private final ExtractionLimits limits;

    ContentScreen(ExtractionLimits limits) {
        this.limits = limits;
    }

    /** Throws if {@code raw} should not be read as a page. */
    void check(byte[] raw, String source) throws PageRejectedException {
        if (raw.length > limits.maxBytes()) {
            throw PageRejectedException.tooLarge(source, raw.length, limits.maxBytes());
        }
        if (isBlank(raw)) {
            throw new PageRejectedException(source, PageRejectedException.Reason.EMPTY,
                    raw.length == 0 ? "empty file" : "only white space, no content");
        }
        for (Magic magic : MAGICS) {
            if (magic.matches(raw)) {
                throw binary(source, magic.name());
            }
        }
        if (Boms.find(raw).isPresent()) {
            return; // UTF-16 text is full of NUL bytes; a BOM says it is text
        }
        int window = Math.min(raw.length, limits.sniffBytes());
        int control = 0;
        for (int i = 0; i < window; i++) {
            int b = raw[i] & 0xFF;
            if (b == 0) {
                throw binary(source, "NUL bytes");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (control > window * limits.maxControlRatio()) {
            throw binary(source, String.format(Locale.ROOT, "%d control bytes in the first %d", control, window));
        }
    }

    private static PageRejectedException binary(String source, String what) {
        return new PageRejectedException(source, PageRejectedException.Reason.BINARY,
                "binary content (" + what + "), not HTML");
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
