-- V6: a jurisdiction an analyst sets by hand is recorded as such (jurisdiction_source 'MANUAL'),
-- so that it shows as a person's decision and no scan replaces it with the seed's.
-- SQLite cannot change a CHECK constraint in place: the clues table is rebuilt (the documented
-- create-copy-drop-rename procedure), its rows and ids unchanged, then its indexes made again.
-- migration: foreign keys off (the runner checks them all before it commits)

CREATE TABLE clues_v5 (
    id                  INTEGER PRIMARY KEY,
    number              TEXT    NOT NULL UNIQUE,  -- XS-2026-000001
    number_year         INTEGER NOT NULL,
    number_seq          INTEGER NOT NULL,
    page_id             INTEGER NOT NULL REFERENCES pages (id),
    category            TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN
                            ('NEW', 'CONFIRMED', 'DISMISSED', 'DISPATCHED', 'FEEDBACK', 'RECTIFIED', 'RELAPSED')),
    status_changed      TEXT    NOT NULL,
    first_seen          TEXT    NOT NULL,
    last_seen           TEXT    NOT NULL,
    first_scan          INTEGER NOT NULL REFERENCES scans (id),
    last_scan           INTEGER NOT NULL REFERENCES scans (id),
    gone_scan           INTEGER REFERENCES scans (id),   -- all its findings gone since this scan
    jurisdiction_code   TEXT,                            -- GB/T 2260; NULL when unassigned
    jurisdiction_name   TEXT    NOT NULL,
    -- MANUAL: an analyst chose it; who and when are in clue_events (action 'jurisdiction')
    jurisdiction_source TEXT    NOT NULL CHECK (jurisdiction_source IN ('MANUAL', 'SEED', 'ICP', 'PHONE', 'UNASSIGNED')),
    excerpt             TEXT    NOT NULL,
    basis               TEXT    NOT NULL,
    warc_file           TEXT    NOT NULL,
    warc_record_id      TEXT    NOT NULL,
    payload_digest      TEXT    NOT NULL,
    relapse_of          INTEGER REFERENCES clues (id),
    UNIQUE (number_year, number_seq)
);
INSERT INTO clues_v5 SELECT id, number, number_year, number_seq, page_id, category, status, status_changed, first_seen,
    last_seen, first_scan, last_scan, gone_scan, jurisdiction_code, jurisdiction_name, jurisdiction_source, excerpt,
    basis, warc_file, warc_record_id, payload_digest, relapse_of FROM clues;
DROP TABLE clues;
ALTER TABLE clues_v5 RENAME TO clues;

-- V1's indexes
CREATE UNIQUE INDEX clues_open_key ON clues (page_id, category) WHERE status NOT IN ('RECTIFIED', 'RELAPSED');
CREATE INDEX clues_page_category ON clues (page_id, category);
-- V5's
CREATE INDEX clues_list_found ON clues (first_seen, number_year, number_seq);
CREATE INDEX clues_list_status ON clues (status, first_seen, number_year, number_seq);
CREATE INDEX clues_list_counts ON clues (status, category, first_seen);
CREATE INDEX clues_list_category ON clues (category, first_seen, number_year, number_seq);
CREATE INDEX clues_list_jurisdiction ON clues (jurisdiction_code, jurisdiction_name);

-- Before V6 an analyst's choice was stored as SEED; its 'jurisdiction' event says it was one.
UPDATE clues SET jurisdiction_source = 'MANUAL'
WHERE id IN (SELECT clue_id FROM clue_events WHERE action = 'jurisdiction');
