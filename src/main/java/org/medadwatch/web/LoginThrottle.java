package org.medadwatch.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits password guessing: after {@code maxFailures} failed logins for one username from one
 * address within the window, further attempts are refused (HTTP 429) until the oldest failure
 * leaves the window. A successful login clears the count.
 */
final class LoginThrottle {
    private static final int MAX_KEYS = 100_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean isBlocked(String username, String address) {
        Deque<Instant> d = failures.get(key(username, address));
        if (d == null) {
            return false;
        }
        synchronized (d) {
            prune(d, clock.instant());
            return d.size() >= maxFailures;
        }
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now);
                    return d.isEmpty();
                }
            });
        }
        Deque<Instant> d = failures.computeIfAbsent(key(username, address), k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d, now);
            d.addLast(now);
        }
    }

    void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private void prune(Deque<Instant> d, Instant now) {
        Instant cutoff = now.minus(window);
        while (!d.isEmpty() && !d.peekFirst().isAfter(cutoff)) {
            d.removeFirst();
        }
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "\n" + address;
    }
}
