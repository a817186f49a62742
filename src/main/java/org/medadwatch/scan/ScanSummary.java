package org.medadwatch.scan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.detect.Category;

/**
 * What one scan did, for the terminal and the tests.
 *
 * @param scanId      the scan's number in the store
 * @param resumed     whether it continued a scan that had been interrupted
 * @param counters    pages fetched, unchanged, judged, failed by outcome, findings, new clues
 * @param openClues   clues open in the store after the scan, by category
 * @param failure     why the scan ended FAILED (nothing answered); empty when it finished
 */
public record ScanSummary(long scanId, boolean resumed, ScanCounters.Snapshot counters, Map<Category, Long> openClues,
                          Optional<String> failure) {
    public ScanSummary {
        openClues = Map.copyOf(openClues);
        Objects.requireNonNull(failure, "failure");
    }

    public boolean failed() {
        return failure.isPresent();
    }
}
