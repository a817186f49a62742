package org.medadwatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A web UI account as stored (migration V3).
 *
 * @param passwordHash a bcrypt hash; never the password
 * @param role         {@code analyst}, {@code supervisor} or {@code admin}
 */
public record StoredAccount(String username, String passwordHash, String role, Instant created, boolean disabled) {
    public StoredAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(created, "created");
    }

    @Override
    public String toString() {
        // the hash is no password, but it has no business in logs either
        return "StoredAccount[" + username + ", " + role + (disabled ? ", disabled" : "") + "]";
    }
}
