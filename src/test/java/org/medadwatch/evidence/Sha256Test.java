package org.medadwatch.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcDigest;

class Sha256Test {
    @Test
    void hexAndBase32FormsParseToTheSameDigest() {
        byte[] d = Sha256.of("abc".getBytes(StandardCharsets.US_ASCII));
        String hex = Sha256.format(d);
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex);
        String base32 = new WarcDigest("sha256", d).prefixedBase32();
        assertArrayEquals(d, Sha256.parse(hex).orElseThrow());
        assertArrayEquals(d, Sha256.parse(base32).orElseThrow());
        assertArrayEquals(d, Sha256.parse("SHA-256:" + hex.substring(7).toUpperCase(java.util.Locale.ROOT)).orElseThrow());
        assertTrue(Sha256.parse("sha1:abc").isEmpty());
        assertTrue(Sha256.parse("sha256:zz").isEmpty());
    }
}
