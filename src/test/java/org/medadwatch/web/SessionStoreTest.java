package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.MovableClock;
import org.medadwatch.store.Store;

/** Sessions in the store: they outlive the session store that made them, and no longer than they should. */
class SessionStoreTest {
    static final Duration IDLE = Duration.ofMinutes(30);

    @TempDir
    Path dir;
    Store store;
    AccountService accounts;
    Account ana;
    final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T02:00:00Z"));

    @BeforeEach
    void open() {
        store = Store.open(dir, clock);
        accounts = new AccountService(store.accounts(), 4);
        ana = accounts.add("ana", "correct-horse-1".toCharArray(), Role.ANALYST);
    }

    @AfterEach
    void close() {
        store.close();
    }

    SessionStore sessions() {
        return new SessionStore(store.sessions(), accounts, clock, IDLE);
    }

    @Test
    void aSessionIsFoundByAnotherSessionStoreAsAfterARestartAndOnlyItsHashIsStored() {
        Session s = sessions().create(Optional.of(ana));

        Session found = sessions().find(s.id()).orElseThrow();

        assertEquals(Optional.of(ana), found.account());
        assertEquals(s.csrfToken(), found.csrfToken());
        String stored = store.sessions().find(SessionStore.hash(s.id()), clock.instant()).orElseThrow().tokenHash();
        assertNotEquals(s.id(), stored);
        assertEquals(64, stored.length());
    }

    @Test
    void anIdleSessionExpiresAndIsDeletedButUseKeepsItAlive() {
        Session s = sessions().create(Optional.of(ana));
        clock.advance(IDLE.minusMinutes(1));
        assertTrue(sessions().find(s.id()).isPresent(), "used within its idle time");
        clock.advance(IDLE.minusMinutes(1));
        assertTrue(sessions().find(s.id()).isPresent(), "the use above restarted its idle time");

        clock.advance(IDLE.plusSeconds(1));

        assertEquals(Optional.empty(), sessions().find(s.id()));
        assertEquals(0, store.sessions().count(), "an expired session is deleted when met");
    }

    @Test
    void logoutPasswordChangeAndDisablingEndTheSessions() {
        Session logout = sessions().create(Optional.of(ana));
        sessions().end(logout.id());
        assertEquals(Optional.empty(), sessions().find(logout.id()));

        Session beforeNewPassword = sessions().create(Optional.of(ana));
        store.accounts().setPasswordHash("ana", store.accounts().find("ana").orElseThrow().passwordHash());
        assertEquals(Optional.empty(), sessions().find(beforeNewPassword.id()));

        Session beforeDisabled = sessions().create(Optional.of(ana));
        store.accounts().setDisabled("ana", true);
        assertEquals(Optional.empty(), sessions().find(beforeDisabled.id()));
        assertEquals(0, store.sessions().count());
    }

    @Test
    void anUnknownOrBlankTokenIsNoSession() {
        sessions().create(Optional.of(ana));
        assertEquals(Optional.empty(), sessions().find("not-a-token"));
        assertEquals(Optional.empty(), sessions().find(""));
        assertEquals(Optional.empty(), sessions().find(null));
    }
}
