-- V9: where in its WARC file each cited response record begins (in a .warc.gz, where its gzip
-- member begins), so that reading the evidence back (a 304 judged again from its stored body,
-- the archive views) seeks to it instead of reading the file from the start.
-- NULL for evidence recorded before V9: it is still found by reading its file from the start.
-- A reader checks the record id at the offset, so a wrong offset costs a scan, never a wrong record.

ALTER TABLE pages ADD COLUMN warc_offset INTEGER CHECK (warc_offset >= 0);
ALTER TABLE clues ADD COLUMN warc_offset INTEGER CHECK (warc_offset >= 0);
