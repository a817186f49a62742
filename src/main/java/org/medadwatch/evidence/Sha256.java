package org.medadwatch.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The digest format of our evidence: {@code sha256:} followed by 64 lowercase hex digits, the
 * same figure {@code sha256sum} prints for the payload, so anyone can check a record without
 * our tools. Reading also accepts the base32 form other WARC tools write ({@code sha256:} and
 * 52 base32 letters) and the label {@code sha-256}.
 */
final class Sha256 {
    static final String LABEL = "sha256";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Sha256() {
    }

    static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] of(byte[] bytes) {
        return digester().digest(bytes);
    }

    static String format(byte[] digest) {
        return LABEL + ":" + HexFormat.of().formatHex(digest);
    }

    /** The digest bytes of a {@code WARC-*-Digest} value, when it is a SHA-256 we can read. */
    static Optional<byte[]> parse(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String label = value.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String digits = value.substring(colon + 1).strip();
        if (!label.equals("sha256") && !label.equals("sha-256")) {
            return Optional.empty();
        }
        if (digits.length() == 64) {
            try {
                return Optional.of(HexFormat.of().parseHex(digits.toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (digits.length() == 52 || digits.length() == 56) {
            return base32(digits.toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private static Optional<byte[]> base32(String s) {
        byte[] out = new byte[32];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') {
                break;
            }
            int v = BASE32.indexOf(c);
            if (v < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                if (n == out.length) {
                    return Optional.empty();
                }
                out[n++] = (byte) (buffer >> bits);
            }
        }
        return n == out.length ? Optional.of(out) : Optional.empty();
    }
}
