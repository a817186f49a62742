-- Placeholder for the review branch's V2 until it is merged into web; replaced at the merge.
CREATE TABLE placeholder_v2 (id INTEGER PRIMARY KEY);
