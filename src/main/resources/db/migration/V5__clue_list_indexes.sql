-- V5: indexes for the clue list (ClueListing), which filters, counts, sorts and pages in SQL.
-- Each list order ends in the clue number, so an index ending in (number_year, number_seq)
-- gives the first page without sorting every clue.

-- the default list: newest first; also the statistics' first_seen range
CREATE INDEX clues_list_found ON clues (first_seen, number_year, number_seq);
DROP INDEX clues_first_seen;

-- a status filter (the list's usual one) in list order, with its date range
CREATE INDEX clues_list_status ON clues (status, first_seen, number_year, number_seq);
DROP INDEX clues_status;

-- the counts by status and category, with a status filter and a date range, without the table
CREATE INDEX clues_list_counts ON clues (status, category, first_seen);

-- a category filter in list order, with its date range
CREATE INDEX clues_list_category ON clues (category, first_seen, number_year, number_seq);

-- the jurisdiction prefix range and the select of jurisdictions in use, from the index alone
CREATE INDEX clues_list_jurisdiction ON clues (jurisdiction_code, jurisdiction_name);
DROP INDEX clues_jurisdiction;
