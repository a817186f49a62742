-- V7: web UI sessions, kept here so that a restart of serve does not log everyone out.
-- The cookie carries a random 256-bit token; only its SHA-256 is stored, so a copy of the
-- database does not let anyone act as a logged-in analyst. username is NULL for the anonymous
-- session that gives the login form its CSRF token. A session is over at expires (its idle time
-- after it was last used); logging out deletes it, and so do disabling the account and changing
-- its password.

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,                        -- hex SHA-256 of the cookie's token
    username   TEXT REFERENCES users (username),        -- NULL: not logged in yet
    csrf_token TEXT NOT NULL,
    created    TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    expires    TEXT NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires);
CREATE INDEX sessions_user ON sessions (username);
