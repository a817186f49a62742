package org.medadwatch.clue;

import java.time.Instant;
import java.util.Objects;

/**
 * The fact that a page stored earlier was found removed.
 *
 * @param reason  what the check found
 * @param checked when the check first found it removed
 * @param scanId  the scan of that check
 */
public record PageRemoval(RemovalReason reason, Instant checked, long scanId) {
    public PageRemoval {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(checked, "checked");
    }
}
