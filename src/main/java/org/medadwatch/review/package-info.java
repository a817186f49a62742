/**
 * Review, dispatch and feedback: what analysts do with clues after the scanner made them, and
 * the figures they report. {@link org.medadwatch.review.ReviewService} confirms, dismisses and
 * re-assigns clues; {@link org.medadwatch.review.DispatchService} sends confirmed clues to a
 * jurisdiction in a numbered batch (派发批次) and records the bureau's 签收;
 * {@link org.medadwatch.review.FeedbackService} records the outcome (处置结果) and lists the
 * overdue; {@link org.medadwatch.review.StatisticsService} counts a period. The sheets
 * ({@link org.medadwatch.review.BatchSheetCsv}, {@link org.medadwatch.review.BatchSheetXlsx},
 * {@link org.medadwatch.review.StatisticsXlsx}) write what the services return.
 *
 * <p>Services know nothing of HTTP: records in and out. Each action is one transaction of the
 * store that changes the clues, this package's tables (migration {@code V2__review.sql}) and
 * writes a {@code clue_events} row per clue with the actor and the time. Bulk actions are all or
 * nothing: one clue that may not move refuses the lot ({@link
 * org.medadwatch.review.ClueRefusedException} names it). Arguments are checked before any work:
 * a blank actor, a blank dismissal reason, an unknown clue or jurisdiction is an
 * {@link java.lang.IllegalArgumentException} whose message names it; a clue whose status does not
 * allow the move is a {@link org.medadwatch.review.ClueRefusedException} (an
 * {@link java.lang.IllegalStateException}). The web UI shows these messages to analysts as they
 * are, so they are Chinese and say what to do instead ({@code Refusals}).
 */
package org.medadwatch.review;
