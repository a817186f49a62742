package org.medadwatch.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueSheetCsv;

/**
 * One line of a batch's clue sheet: the sixteen columns of the clue sheet ({@link ClueRow},
 * {@link ClueSheetCsv#HEADER}), then who confirmed the clue and why, the batch, when it went out,
 * and what the bureau did.
 *
 * @param clue          the clue sheet's columns
 * @param reviewer      审核人: who confirmed it
 * @param reviewComment 审核意见: the confirm comment, may be empty
 * @param batchNumber   派发批次
 * @param dispatchedAt  派发时间
 * @param feedback      处置结果, once recorded
 */
public record BatchRow(ClueRow clue, String reviewer, String reviewComment, String batchNumber, Instant dispatchedAt,
                       Optional<Feedback> feedback) {
    /** The twenty-one columns, in order. */
    public static final List<String> HEADER = Stream.concat(ClueSheetCsv.HEADER.stream(),
            Stream.of("审核人", "审核意见", "派发批次", "派发时间", "处置结果")).toList();

    public BatchRow {
        Objects.requireNonNull(clue, "clue");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(reviewComment, "reviewComment");
        Objects.requireNonNull(batchNumber, "batchNumber");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
        Objects.requireNonNull(feedback, "feedback");
    }

    /** The row's cells as text, in {@link #HEADER} order, not yet cleaned or escaped. */
    public List<String> cells() {
        List<String> out = new ArrayList<>(ClueSheetCsv.cells(clue));
        out.add(reviewer);
        out.add(reviewComment);
        out.add(batchNumber);
        out.add(ClueSheetCsv.TIME.format(dispatchedAt));
        out.add(feedback.map(Feedback::text).orElse(""));
        return List.copyOf(out);
    }
}
