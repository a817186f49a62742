package org.medadwatch.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces requests to one host at least {@code delay} apart, across all worker threads: each
 * request books the next free slot for its host and sleeps until then.
 */
final class HostPoliteness {
    private final long delayNanos;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    HostPoliteness(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Waits for this host's next slot. */
    void await(String host) throws InterruptedException {
        if (delayNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        long[] slot = new long[1];
        nextSlot.compute(host, (h, next) -> {
            long mine = next == null || next - now < 0 ? now : next;
            slot[0] = mine;
            return mine + delayNanos;
        });
        long waitNanos = slot[0] - now;
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }
}
