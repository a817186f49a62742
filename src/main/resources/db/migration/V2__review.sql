-- V2: review, dispatch and feedback (org.medadwatch.review).
-- Times are UTC instants as in V1 (yyyy-MM-ddTHH:mm:ss.SSSZ); dates are yyyy-MM-dd.
-- Every analyst action also writes a clue_events row (who, what, when): these tables hold the
-- current state the sheets and statistics read, the events hold the history.

-- the latest review decision of a clue: who confirmed (or dismissed) it and why; the
-- batch sheet's 审核人 and 审核意见 come from here
CREATE TABLE clue_reviews (
    clue_id  INTEGER PRIMARY KEY REFERENCES clues (id),
    decision TEXT    NOT NULL CHECK (decision IN ('CONFIRMED', 'DISMISSED')),
    actor    TEXT    NOT NULL,
    comment  TEXT    NOT NULL DEFAULT '',  -- the confirm comment, or the dismissal reason
    at       TEXT    NOT NULL
);

-- a dispatch batch (派发批次): confirmed clues sent together to one jurisdiction
CREATE TABLE batches (
    id                INTEGER PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE,  -- PF-2026-0001
    number_year       INTEGER NOT NULL,         -- Beijing-time year of created_at
    number_seq        INTEGER NOT NULL,
    jurisdiction_code TEXT    NOT NULL,         -- GB/T 2260
    jurisdiction_name TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    actor             TEXT    NOT NULL,
    comment           TEXT    NOT NULL DEFAULT '',
    UNIQUE (number_year, number_seq)
);
CREATE INDEX batches_created ON batches (created_at);

-- which batch a clue went out in; a clue is dispatched once (the lifecycle has no way back to
-- CONFIRMED), and the bureau's 签收 (it looked at the clue) is stamped once
CREATE TABLE batch_clues (
    batch_id  INTEGER NOT NULL REFERENCES batches (id),
    clue_id   INTEGER NOT NULL UNIQUE REFERENCES clues (id),
    position  INTEGER NOT NULL,  -- order within the batch, as given
    viewed_at TEXT,
    viewed_by TEXT,
    PRIMARY KEY (batch_id, clue_id)
);
CREATE INDEX batch_clues_viewed ON batch_clues (viewed_at);

-- the bureau's answer (处置结果), one per clue
CREATE TABLE feedback (
    clue_id  INTEGER PRIMARY KEY REFERENCES clues (id),
    outcome  TEXT    NOT NULL CHECK (outcome IN ('FILED', 'ORDERED_TO_RECTIFY', 'TAKEN_DOWN', 'UNFOUNDED', 'OTHER')),
    note     TEXT    NOT NULL DEFAULT '',
    decided  TEXT    NOT NULL,  -- the date the bureau gives, yyyy-MM-dd
    actor    TEXT    NOT NULL,
    at       TEXT    NOT NULL   -- when it was recorded
);
CREATE INDEX feedback_at ON feedback (at);
CREATE INDEX clues_first_seen ON clues (first_seen);
