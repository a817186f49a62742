package org.medadwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Web UI sessions (table {@code sessions}), by the hash of their token; making tokens and hashing
 * them is the caller's. An expired session is never returned and is deleted when met.
 */
public final class SessionRepository {
    private final Store store;

    SessionRepository(Store store) {
        this.store = store;
    }

    public void add(StoredSession s) {
        store.write(c -> ClueTracker.update(c, """
                INSERT INTO sessions (token_hash, username, csrf_token, created, last_seen, expires)
                VALUES (?, ?, ?, ?, ?, ?)""", s.tokenHash(), s.username().orElse(null), s.csrfToken(),
                Timestamps.format(s.created()), Timestamps.format(s.lastSeen()), Timestamps.format(s.expires())));
    }

    /** The session, unless it has expired by {@code now} (then it is deleted). */
    public Optional<StoredSession> find(String tokenHash, Instant now) {
        Optional<StoredSession> s = store.read(c -> find(c, tokenHash));
        if (s.isPresent() && !s.get().expires().isAfter(now)) {
            remove(tokenHash);
            return Optional.empty();
        }
        return s;
    }

    /** Records a use: the session lives on until {@code expires}. */
    public void touch(String tokenHash, Instant lastSeen, Instant expires) {
        store.write(c -> ClueTracker.update(c, "UPDATE sessions SET last_seen = ?, expires = ? WHERE token_hash = ?",
                Timestamps.format(lastSeen), Timestamps.format(expires), tokenHash));
    }

    /** Ends one session (logout). */
    public void remove(String tokenHash) {
        store.write(c -> ClueTracker.update(c, "DELETE FROM sessions WHERE token_hash = ?", tokenHash));
    }

    /** Ends every session of an account; how many there were. */
    public int removeAllOf(String username) {
        return store.write(c -> removeAllOf(c, username));
    }

    /** Deletes the sessions expired by {@code now}; how many. */
    public int removeExpired(Instant now) {
        return store.write(c -> ClueTracker.update(c, "DELETE FROM sessions WHERE expires <= ?", Timestamps.format(now)));
    }

    /** Deletes every session not logged in: when too many pile up, those are the ones to lose. */
    public int removeAnonymous() {
        return store.write(c -> ClueTracker.update(c, "DELETE FROM sessions WHERE username IS NULL"));
    }

    public int count() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sessions");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** For {@link AccountRepository}: in the transaction that disables an account or changes its password. */
    static int removeAllOf(Connection c, String username) throws SQLException {
        return ClueTracker.update(c, "DELETE FROM sessions WHERE username = ?", username);
    }

    private static Optional<StoredSession> find(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sessions WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredSession(rs.getString("token_hash"), Optional.ofNullable(rs.getString("username")),
                        rs.getString("csrf_token"), Timestamps.parse(rs.getString("created")),
                        Timestamps.parse(rs.getString("last_seen")), Timestamps.parse(rs.getString("expires"))));
            }
        }
    }
}
