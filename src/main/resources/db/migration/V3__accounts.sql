-- V3: analysts' accounts for the review web UI (org.medadwatch.web).
-- password_hash is a bcrypt hash ($2a$, cost 12); the password itself is never stored or logged.
-- role: analyst reviews; supervisor also dispatches, exports and records feedback; admin also
-- manages users. A disabled account cannot log in; accounts are never deleted, since clue events
-- name their actor.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('analyst', 'supervisor', 'admin')),
    created       TEXT    NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);
