package org.medadwatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads fixtures from {@code src/test/resources/extract/}. */
final class TestResources {
    private TestResources() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/extract/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /extract/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
