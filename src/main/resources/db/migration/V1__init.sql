-- V1: scans, sites, pages, clues, findings, clue events.
-- Times are UTC instants written as yyyy-MM-ddTHH:mm:ss.SSSZ, so that text order is time order.
-- schema_version is made by the migration runner itself, before this script.

CREATE TABLE scans (
    id              INTEGER PRIMARY KEY,
    started         TEXT    NOT NULL,
    finished        TEXT,
    seeds_file      TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    -- counts, filled in by finish()
    pages_recorded  INTEGER NOT NULL DEFAULT 0,
    pages_judged    INTEGER NOT NULL DEFAULT 0,
    pages_unchanged INTEGER NOT NULL DEFAULT 0,
    findings_new    INTEGER NOT NULL DEFAULT 0,
    findings_gone   INTEGER NOT NULL DEFAULT 0,
    clues_new       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX scans_status ON scans (status);

-- one row per seed, keyed by the seed URL; name, kind and region follow the latest seed list
CREATE TABLE sites (
    id     INTEGER PRIMARY KEY,
    url    TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    kind   TEXT NOT NULL CHECK (kind IN ('SITE', 'ARTICLE')),
    region TEXT NOT NULL DEFAULT ''
);

-- one row per URL ever recorded; the latest capture's facts and evidence
CREATE TABLE pages (
    id               INTEGER PRIMARY KEY,
    url              TEXT    NOT NULL UNIQUE,
    site_id          INTEGER NOT NULL REFERENCES sites (id),
    final_url        TEXT    NOT NULL,
    http_status      INTEGER NOT NULL,
    content_sha256   TEXT    NOT NULL,
    etag             TEXT,
    last_modified    TEXT,
    first_seen       TEXT    NOT NULL,
    last_fetched     TEXT    NOT NULL,
    last_changed     TEXT    NOT NULL,
    first_scan       INTEGER NOT NULL REFERENCES scans (id),
    last_scan        INTEGER NOT NULL REFERENCES scans (id),
    last_judged_scan INTEGER NOT NULL REFERENCES scans (id),
    is_medical_ad    INTEGER NOT NULL CHECK (is_medical_ad IN (0, 1)),
    ad_kind          TEXT    NOT NULL,
    advertiser       TEXT,
    phones           TEXT    NOT NULL DEFAULT '',  -- as printed, one per line
    approval_no      TEXT    NOT NULL DEFAULT '',  -- as printed, one per line
    icp              TEXT,
    title            TEXT    NOT NULL DEFAULT '',
    charset          TEXT    NOT NULL DEFAULT '',
    wechat_account   TEXT,
    warc_file        TEXT    NOT NULL,
    warc_record_id   TEXT    NOT NULL,
    payload_digest   TEXT    NOT NULL
);
CREATE INDEX pages_site ON pages (site_id);
CREATE INDEX pages_last_scan ON pages (last_scan);

-- one violation category on one page. While a clue is open (not RECTIFIED or RELAPSED) it is
-- the only open clue of its page and category: clues_open_key makes a duplicate impossible.
CREATE TABLE clues (
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
    jurisdiction_source TEXT    NOT NULL CHECK (jurisdiction_source IN ('SEED', 'ICP', 'PHONE', 'UNASSIGNED')),
    excerpt             TEXT    NOT NULL,
    basis               TEXT    NOT NULL,
    warc_file           TEXT    NOT NULL,
    warc_record_id      TEXT    NOT NULL,
    payload_digest      TEXT    NOT NULL,
    relapse_of          INTEGER REFERENCES clues (id),
    UNIQUE (number_year, number_seq)
);
CREATE UNIQUE INDEX clues_open_key ON clues (page_id, category) WHERE status NOT IN ('RECTIFIED', 'RELAPSED');
CREATE INDEX clues_page_category ON clues (page_id, category);
CREATE INDEX clues_status ON clues (status);
CREATE INDEX clues_jurisdiction ON clues (jurisdiction_code);

-- one offending passage; it belongs to the clue of its page and category, and is the same
-- finding on a later scan when rule and normalised evidence match
CREATE TABLE findings (
    id              INTEGER PRIMARY KEY,
    page_id         INTEGER NOT NULL REFERENCES pages (id),
    clue_id         INTEGER NOT NULL REFERENCES clues (id),
    category        TEXT    NOT NULL,
    rule_id         TEXT    NOT NULL,
    evidence        TEXT    NOT NULL,
    evidence_key    TEXT    NOT NULL,  -- evidence, NFKC-folded, without white space
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    basis           TEXT    NOT NULL,
    level           TEXT,
    note            TEXT    NOT NULL,
    first_seen      TEXT    NOT NULL,
    last_seen       TEXT    NOT NULL,
    first_seen_scan INTEGER NOT NULL REFERENCES scans (id),
    last_seen_scan  INTEGER NOT NULL REFERENCES scans (id),
    gone_scan       INTEGER REFERENCES scans (id),  -- NULL while the page still shows it
    UNIQUE (clue_id, rule_id, evidence_key)
);
CREATE INDEX findings_page_open ON findings (page_id, gone_scan);
CREATE INDEX findings_first_scan ON findings (first_seen_scan);
CREATE INDEX findings_gone_scan ON findings (gone_scan);

-- who did what when; system events carry the scan
CREATE TABLE clue_events (
    id      INTEGER PRIMARY KEY,
    clue_id INTEGER NOT NULL REFERENCES clues (id),
    at      TEXT    NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    scan_id INTEGER REFERENCES scans (id),
    detail  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX clue_events_clue ON clue_events (clue_id, id);
