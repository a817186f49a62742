package org.medadwatch.page;

import java.util.Objects;

/** One HTTP header line as sent or received, in order; names keep their case. */
public record HttpHeader(String name, String value) {
    public HttpHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank header name");
        }
    }
}
