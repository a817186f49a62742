-- V4: re-judging unchanged pages when the rules change, and pages that were removed.
-- Times are UTC instants as in V1.

-- the rules fingerprint (SHA-256 over the rule files and the detector version) of the judgement
-- the page's row and findings hold; '' for pages judged before V4, which the next scan judges again
ALTER TABLE pages ADD COLUMN rules_fingerprint TEXT NOT NULL DEFAULT '';
-- the last scan that judged the page again, its content unchanged, because the rules had changed
ALTER TABLE pages ADD COLUMN rejudged_scan INTEGER REFERENCES scans (id);

-- REMOVED: the page (404, 410) or its whole site (the seed's host unknown or refusing connections)
-- was gone at the last check; the row keeps the last capture that existed. A page that answers
-- again is LIVE again and these columns are cleared.
ALTER TABLE pages ADD COLUMN state TEXT NOT NULL DEFAULT 'LIVE' CHECK (state IN ('LIVE', 'REMOVED'));
ALTER TABLE pages ADD COLUMN removed_reason TEXT CHECK (removed_reason IN ('HTTP_404', 'HTTP_410', 'SITE_UNREACHABLE'));
ALTER TABLE pages ADD COLUMN removed_at TEXT;                             -- the check that first found it gone
ALTER TABLE pages ADD COLUMN removed_scan INTEGER REFERENCES scans (id);  -- the scan of that check
CREATE INDEX pages_removed_scan ON pages (removed_scan);

-- counts, filled in by finish() as the others are
ALTER TABLE scans ADD COLUMN pages_rejudged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scans ADD COLUMN pages_removed INTEGER NOT NULL DEFAULT 0;
