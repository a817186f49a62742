package org.medadwatch.crawl;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tally of one crawl run.
 *
 * @param outcomes     how many URLs ended in each outcome (FETCHED = pages delivered)
 * @param resumed      whether this run continued an unfinished crawl from the frontier
 * @param finished     whether the frontier was emptied (false when stopped early)
 * @param elapsed      wall-clock time of the run
 */
public record CrawlReport(Map<FetchOutcome, Long> outcomes, boolean resumed, boolean finished,
        Duration elapsed) {
    public CrawlReport {
        Objects.requireNonNull(elapsed, "elapsed");
        EnumMap<FetchOutcome, Long> copy = new EnumMap<>(FetchOutcome.class);
        for (FetchOutcome o : FetchOutcome.values()) {
            copy.put(o, outcomes.getOrDefault(o, 0L));
        }
        outcomes = java.util.Collections.unmodifiableMap(copy);
    }

    public long count(FetchOutcome outcome) {
        return outcomes.get(outcome);
    }

    public long pagesFetched() {
        return count(FetchOutcome.FETCHED);
    }
}
