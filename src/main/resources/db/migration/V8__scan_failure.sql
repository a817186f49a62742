-- V8: why a scan ended FAILED. A scan whose every fetch got no answer (the network down, every
-- seed host dead or timing out) is closed FAILED rather than FINISHED, so the schedule does not
-- count it as the day's scan; failure says why, for the terminal and the web UI. NULL otherwise.

ALTER TABLE scans ADD COLUMN failure TEXT;
