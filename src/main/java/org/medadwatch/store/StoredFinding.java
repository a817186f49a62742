package org.medadwatch.store;

import java.util.Objects;
import java.util.Optional;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Level;

/**
 * A finding as the store holds it, across scans.
 *
 * @param clueNumber    the clue it belongs to
 * @param goneScan      the scan whose capture no longer showed it, while it stays gone
 */
public record StoredFinding(long id, String clueNumber, Category category, String ruleId, String evidence,
                            int start, int end, String basis, Optional<Level> level, String note,
                            long firstSeenScan, long lastSeenScan, Optional<Long> goneScan) {
    public StoredFinding {
        Objects.requireNonNull(clueNumber, "clueNumber");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(goneScan, "goneScan");
    }

    public boolean isGone() {
        return goneScan.isPresent();
    }
}
