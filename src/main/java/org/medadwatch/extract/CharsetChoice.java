package org.medadwatch.extract;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The charset a page is decoded with and what it was decided from.
 *
 * @param charset   the charset to decode with
 * @param bomLength bytes of byte-order mark to skip before decoding (0 when none)
 * @param origin    the evidence that decided it
 */
record CharsetChoice(Charset charset, int bomLength, Origin origin) {
    /** Where the charset came from, strongest first. */
    enum Origin { BOM, HEADER, META, DETECTED }

    CharsetChoice {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(origin, "origin");
        if (bomLength < 0) {
            throw new IllegalArgumentException("bomLength must not be negative");
        }
    }
}
