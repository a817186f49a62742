package org.medadwatch.web;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A server-side session: the cookie carries only its random token (the store keeps its hash). Anonymous sessions exist so that
 * the login form has a CSRF token too.
 *
 * @param csrfToken checked against the {@code _csrf} field of every POST
 */
record Session(String id, Optional<Account> account, String csrfToken, Instant lastSeen) {
    Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    Account expectAccount() {
        return account.orElseThrow(() -> new IllegalStateException("session " + "is anonymous"));
    }
}
