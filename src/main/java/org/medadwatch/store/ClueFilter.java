package org.medadwatch.store;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;

/**
 * Which clues a sheet or list takes; an empty set means any.
 *
 * @param statuses           only these statuses
 * @param categories         only these categories
 * @param jurisdictionPrefix only clues whose GB/T 2260 code starts with this (e.g. {@code 33} for
 *                           Zhejiang, {@code 3301} for Hangzhou)
 */
public record ClueFilter(Set<ClueStatus> statuses, Set<Category> categories, Optional<String> jurisdictionPrefix) {
    public ClueFilter {
        statuses = Set.copyOf(statuses);
        categories = Set.copyOf(categories);
        Objects.requireNonNull(jurisdictionPrefix, "jurisdictionPrefix");
        jurisdictionPrefix.ifPresent(p -> {
            if (!p.matches("[0-9]{1,6}")) {
                throw new IllegalArgumentException("jurisdiction prefix must be 1-6 digits: " + p);
            }
        });
    }

    public static ClueFilter all() {
        return new ClueFilter(Set.of(), Set.of(), Optional.empty());
    }

    public static ClueFilter withStatus(ClueStatus... statuses) {
        return new ClueFilter(Set.of(statuses), Set.of(), Optional.empty());
    }
}
