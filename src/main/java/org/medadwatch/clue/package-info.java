/**
 * Clues (线索): the domain of what analysts review and dispatch. A clue is one violation
 * category on one page, kept across scans; its {@link org.medadwatch.clue.ClueStatus} carries the
 * lifecycle and its allowed transitions. This package holds the records that cross into and out
 * of the store ({@link org.medadwatch.clue.PageObservation} in, {@link org.medadwatch.clue.Clue},
 * {@link org.medadwatch.clue.ClueEvent} and {@link org.medadwatch.clue.ClueRow} out), the
 * {@link org.medadwatch.clue.JurisdictionResolver} that decides which bureau answers for a page,
 * and {@link org.medadwatch.clue.ClueSheetCsv}, the sheet analysts open in Excel. It does no
 * database work: {@code org.medadwatch.store} persists clues and keeps them unique.
 */
package org.medadwatch.clue;
