package org.medadwatch.scan;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** Running totals of a scan, updated from crawler and writer threads, read by the progress display. */
public final class ScanCounters {
    private final LongAdder fetched = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder judged = new LongAdder();
    private final LongAdder rejudged = new LongAdder();
    private final LongAdder removed = new LongAdder();
    private final LongAdder cluesGone = new LongAdder();
    private final LongAdder medicalAds = new LongAdder();
    private final LongAdder findings = new LongAdder();
    private final LongAdder newClues = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private volatile LongSupplier queued = () -> 0;
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final long startedNanos = System.nanoTime();

    void fetched() {
        fetched.increment();
    }

    void unchanged() {
        unchanged.increment();
    }

    /** @param again the content was unchanged and judged again because the rules had changed */
    void judged(boolean medicalAd, int findingCount, boolean again) {
        (again ? rejudged : judged).increment();
        if (medicalAd) {
            medicalAds.increment();
        }
        findings.add(findingCount);
    }

    void newClues(int n) {
        newClues.add(n);
    }

    void removed(int pages) {
        removed.add(pages);
    }

    void cluesGone(int n) {
        cluesGone.add(n);
    }

    void queueFrom(LongSupplier frontier) {
        this.queued = frontier;
    }

    void rejected() {
        rejected.increment();
    }

    void failed(String outcome) {
        failures.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    public Snapshot snapshot() {
        Map<String, Long> f = new TreeMap<>();
        failures.forEach((k, v) -> f.put(k, v.sum()));
        return new Snapshot(fetched.sum(), queued.getAsLong(), unchanged.sum(), judged.sum(), rejudged.sum(), medicalAds.sum(),
                findings.sum(), newClues.sum(), cluesGone.sum(), removed.sum(), rejected.sum(), Map.copyOf(f),
                (System.nanoTime() - startedNanos) / 1e9);
    }

    /**
     * Totals at one moment.
     *
     * @param unchanged pages found unchanged and judged under the same rules: not judged
     * @param judged    pages judged because their content was new or changed
     * @param rejudged  pages whose content was unchanged, judged again because the rules had changed
     * @param cluesGone clues whose findings all went in this scan (a page changed, re-judged or removed):
     *                  the evidence a re-check (回头看) looks for
     * @param removed   stored pages first found removed in this scan (404, 410, or their site unreachable)
     */
    public record Snapshot(long fetched, long queued, long unchanged, long judged, long rejudged, long medicalAds,
                           long findings, long newClues, long cluesGone, long removed, long rejected,
                           Map<String, Long> failures, double seconds) {
        public double pagesPerSecond() {
            return seconds > 0 ? fetched / seconds : 0;
        }

        public long failedTotal() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
