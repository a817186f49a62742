-- V4: indexes for the clue list (ClueListing), which filters, counts, sorts and pages in SQL.
-- Each list order ends in the clue number, so an index ending in (number_year, number_seq)
-- gives the first page without sorting every clue.

-- the default list: newest first; also the statistics' first_seen range
CREATE INDEX clues_list_found ON clues (first_seen, number_year, number_seq);
DROP INDEX clues_first_seen;

-- a status filter, its date range, and the counts by status and category without the table
CREATE INDEX clues_list_status ON clues (status, category, first_seen);
DROP INDEX clues_status;

-- a category filter and its date range
CREATE INDEX clues_list_category ON clues (category, first_seen);

-- the jurisdiction prefix range and the select of jurisdictions in use, from the index alone
CREATE INDEX clues_list_jurisdiction ON clues (jurisdiction_code, jurisdiction_name);
DROP INDEX clues_jurisdiction;
