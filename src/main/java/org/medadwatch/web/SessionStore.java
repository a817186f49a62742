package org.medadwatch.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory (a restart logs everyone out, which is acceptable for a desk tool), ended
 * after an idle time. Ids and CSRF tokens are 256 random bits; logging in makes a new session, so
 * an id planted before login is worth nothing after.
 */
final class SessionStore {
    private static final int MAX_SESSIONS = 10_000;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idle;

    SessionStore(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    Session create(Optional<Account> account) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> expired(s, now));
            if (sessions.size() >= MAX_SESSIONS) {
                // still full of live anonymous sessions: drop those, never a logged-in one
                sessions.values().removeIf(s -> s.account().isEmpty());
            }
        }
        Session s = new Session(token(), account, token(), now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session of this id, its idle clock restarted. */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = s.touched(now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    void end(String id) {
        sessions.remove(id);
    }

    /** Ends every session of a user: after the account is disabled. */
    void endAll(String username) {
        sessions.values().removeIf(s -> s.account().map(a -> a.username().equals(username)).orElse(false));
    }

    static boolean tokenMatches(Session s, String given) {
        return given != null && MessageDigest.isEqual(s.csrfToken().getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean expired(Session s, Instant now) {
        return s.lastSeen().plus(idle).isBefore(now);
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
