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

    void judged(boolean medicalAd, int findingCount) {
        judged.increment();
        if (medicalAd) {
            medicalAds.increment();
        }
        findings.add(findingCount);
    }

    void newClues(int n) {
        newClues.add(n);
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
        return new Snapshot(fetched.sum(), queued.getAsLong(), unchanged.sum(), judged.sum(), medicalAds.sum(), findings.sum(),
                newClues.sum(), rejected.sum(), Map.copyOf(f), (System.nanoTime() - startedNanos) / 1e9);
    }

    /** Totals at one moment. */
    public record Snapshot(long fetched, long queued, long unchanged, long judged, long medicalAds, long findings, long newClues,
                           long rejected, Map<String, Long> failures, double seconds) {
        public double pagesPerSecond() {
            return seconds > 0 ? fetched / seconds : 0;
        }

        public long failedTotal() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
