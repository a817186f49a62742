package org.medadwatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A web UI session as stored (migration V7): never the token itself, only its hash.
 *
 * @param tokenHash hex SHA-256 of the cookie's token
 * @param username  the logged-in account; empty before login
 * @param csrfToken checked against every POST of the session
 * @param lastSeen  when it was last used (to a minute: see the web UI's session store)
 * @param expires   when it ends unless used again
 */
public record StoredSession(String tokenHash, Optional<String> username, String csrfToken, Instant created,
                            Instant lastSeen, Instant expires) {
    public StoredSession {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(expires, "expires");
    }

    @Override
    public String toString() {
        // the CSRF token has no business in logs
        return "StoredSession[" + username.orElse("(anonymous)") + ", expires " + expires + "]";
    }
}
