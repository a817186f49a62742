package org.medadwatch.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.medadwatch.store.SessionRepository;
import org.medadwatch.store.StoredSession;

/**
 * Sessions kept in the store (migration V7), so that a restart of {@code serve} keeps analysts
 * logged in; ended after an idle time, on logout, and when the account is disabled. Tokens and
 * CSRF tokens are 256 random bits; the store keeps only the token's SHA-256. Logging in makes a new
 * session, so a token planted before login is worth nothing after.
 */
final class SessionStore {
    /** Anonymous sessions (the login form's) are dropped past this many sessions. */
    private static final int MAX_SESSIONS = 10_000;
    /** A use is written at most this often: a write per request would queue behind every scan. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final SessionRepository sessions;
    private final AccountService accounts;
    private final Clock clock;
    private final Duration idle;

    SessionStore(SessionRepository sessions, AccountService accounts, Clock clock, Duration idle) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
        this.idle = idle;
    }

    Session create(Optional<Account> account) {
        Instant now = clock.instant();
        if (sessions.count() >= MAX_SESSIONS && sessions.removeExpired(now) == 0) {
            // still full of live sessions: drop the anonymous ones, never a logged-in one
            sessions.removeAnonymous();
        }
        String token = token();
        String csrf = token();
        sessions.add(new StoredSession(hash(token), account.map(Account::username), csrf, now, now, now.plus(idle)));
        return new Session(token, account, csrf, now);
    }

    /** The live session of this token, its idle clock restarted; empty once its account is disabled. */
    Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(token);
        Optional<StoredSession> stored = sessions.find(hash, now);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredSession s = stored.get();
        Optional<Account> account = Optional.empty();
        if (s.username().isPresent()) {
            account = accounts.find(s.username().get()).filter(a -> !a.disabled());
            if (account.isEmpty()) {
                sessions.remove(hash);
                return Optional.empty();
            }
        }
        if (!s.lastSeen().plus(TOUCH_EVERY).isAfter(now)) {
            sessions.touch(hash, now, now.plus(idle));
        }
        return Optional.of(new Session(token, account, s.csrfToken(), now));
    }

    void end(String token) {
        sessions.remove(hash(token));
    }

    /** Ends every session of a user: after the account is disabled. */
    void endAll(String username) {
        sessions.removeAllOf(username);
    }

    static boolean tokenMatches(Session s, String given) {
        return given != null && MessageDigest.isEqual(s.csrfToken().getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    /** What the store keeps of a token: its SHA-256 (256 random bits need no salt). */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
