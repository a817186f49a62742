package org.medadwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Web UI accounts (table {@code users}): who may log in, with which role. Hashing is the caller's. */
public final class AccountRepository {
    private final Store store;

    AccountRepository(Store store) {
        this.store = store;
    }

    /**
     * Adds an account.
     *
     * @throws IllegalArgumentException when the username is taken
     */
    public StoredAccount add(String username, String passwordHash, String role) {
        String at = Timestamps.format(store.clock().instant());
        store.write(c -> {
            if (find(c, username).isPresent()) {
                throw new IllegalArgumentException("用户名 " + username + " 已被使用，请换一个用户名。");
            }
            ClueTracker.update(c, "INSERT INTO users (username, password_hash, role, created) VALUES (?, ?, ?, ?)",
                    username, passwordHash, role, at);
            return null;
        });
        return find(username).orElseThrow();
    }

    public Optional<StoredAccount> find(String username) {
        return store.read(c -> find(c, username));
    }

    /** Every account, by username. */
    public List<StoredAccount> all() {
        return store.read(c -> {
            List<StoredAccount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users ORDER BY username");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(account(rs));
                }
            }
            return out;
        });
    }

    /**
     * Disables or re-enables an account; false when there is no such account. Disabling ends its
     * sessions in the same transaction.
     */
    public boolean setDisabled(String username, boolean disabled) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET disabled = ? WHERE username = ?")) {
                ps.setInt(1, disabled ? 1 : 0);
                ps.setString(2, username);
                boolean found = ps.executeUpdate() == 1;
                if (found && disabled) {
                    SessionRepository.removeAllOf(c, username);
                }
                return found;
            }
        });
    }

    /**
     * Replaces an account's password hash and ends its sessions (whoever knew the old password
     * is logged out); false when there is no such account.
     */
    public boolean setPasswordHash(String username, String passwordHash) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = ? WHERE username = ?")) {
                ps.setString(1, passwordHash);
                ps.setString(2, username);
                boolean found = ps.executeUpdate() == 1;
                if (found) {
                    SessionRepository.removeAllOf(c, username);
                }
                return found;
            }
        });
    }

    private static Optional<StoredAccount> find(java.sql.Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    private static StoredAccount account(ResultSet rs) throws SQLException {
        return new StoredAccount(rs.getString("username"), rs.getString("password_hash"), rs.getString("role"),
                Timestamps.parse(rs.getString("created")), rs.getInt("disabled") != 0);
    }
}
