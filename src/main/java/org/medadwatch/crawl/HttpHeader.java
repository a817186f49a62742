package org.medadwatch.crawl;

import java.util.Objects;

/** One HTTP header line as received or sent, in order; names keep the server's spelling. */
public record HttpHeader(String name, String value) {
    public HttpHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
