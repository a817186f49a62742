package org.medadwatch.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A dispatch batch (派发批次): confirmed clues sent together to one jurisdiction.
 *
 * @param number           e.g. {@code PF-2026-0001}: per (Beijing-time) year, from 1, never reused
 * @param jurisdictionCode the GB/T 2260 code of the bureau it went to
 * @param jurisdictionName its name, e.g. 浙江省杭州市
 * @param createdAt        when it was dispatched (派发时间)
 * @param actor            the supervisor who dispatched it
 * @param comment          the covering note, may be empty
 * @param clueNumbers      its clues, in the order given
 */
public record Batch(String number, String jurisdictionCode, String jurisdictionName, Instant createdAt, String actor,
                    String comment, List<String> clueNumbers) {
    public Batch {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        Objects.requireNonNull(jurisdictionName, "jurisdictionName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(comment, "comment");
        clueNumbers = List.copyOf(clueNumbers);
    }
}
