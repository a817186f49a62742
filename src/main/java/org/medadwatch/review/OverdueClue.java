package org.medadwatch.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispatched clue the bureau has not dealt with in time.
 *
 * @param clueNumber       the clue
 * @param batchNumber      the batch it went out in
 * @param jurisdictionCode the bureau it went to
 * @param jurisdictionName its name
 * @param dispatchedAt     when it went out
 * @param viewedAt         when the bureau looked at it, if it did
 * @param reason           what is missing
 * @param daysOverdue      whole days past the deadline, a started day counting as one (at least 1)
 */
public record OverdueClue(String clueNumber, String batchNumber, String jurisdictionCode, String jurisdictionName,
                          Instant dispatchedAt, Optional<Instant> viewedAt, Reason reason, long daysOverdue) {
    /** What the bureau has not done. */
    public enum Reason {
        /** 未签收: nobody looked at it. */
        NOT_VIEWED("未签收"),
        /** 未处置: looked at, but no outcome recorded. */
        NOT_HANDLED("未处置");

        private final String chineseName;

        Reason(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public OverdueClue {
        Objects.requireNonNull(clueNumber, "clueNumber");
        Objects.requireNonNull(batchNumber, "batchNumber");
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        Objects.requireNonNull(jurisdictionName, "jurisdictionName");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
        Objects.requireNonNull(viewedAt, "viewedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
