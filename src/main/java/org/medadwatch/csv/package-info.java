/**
 * Reading one line of a CSV file (seed lists, the approvals registry): RFC 4180 quoting, no
 * embedded line breaks. Writing clue sheets is {@code org.medadwatch.clue.ClueSheetCsv}'s job.
 */
package org.medadwatch.csv;
