package org.medadwatch.web;

import java.time.Instant;
import java.util.Objects;

/** Someone who may log in to the web UI. */
public record Account(String username, Role role, Instant created, boolean disabled) {
    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(created, "created");
    }
}
