-- V10: a scan's heartbeat. A killed process leaves its scan RUNNING, so the row alone cannot tell
-- a live scan from a dead one; while a scan runs, its process stamps heartbeat every 30 seconds
-- (org.medadwatch.scan.ScanHeartbeat), and the web UI calls a RUNNING scan whose heartbeat is
-- older than a few beats interrupted. Set to the start time when a scan starts.
-- NULL for scans started before V10: their liveness is still guessed from their latest page.

ALTER TABLE scans ADD COLUMN heartbeat TEXT;
