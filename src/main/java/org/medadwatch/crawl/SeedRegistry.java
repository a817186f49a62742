package org.medadwatch.crawl;

import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which seed a URL belongs to, and each seed's running state. An ARTICLE seed owns exactly its
 * own URL; a SITE seed owns its host and port (with or without {@code www.}). crawler4j's
 * frontier does not persist a per-URL tag, so ownership is worked out from the URL; two SITE
 * seeds on one host share it, and the first in the list wins.
 */
final class SeedRegistry {
    /** One seed's running state. Thread-safe. */
    static final class SeedState {
        final Seed seed;
        final String seedUrl;
        final TrapDetector traps;
        final AtomicInteger scheduled = new AtomicInteger();

        SeedState(Seed seed, String seedUrl, TrapDetector traps) {
            this.seed = seed;
            this.seedUrl = seedUrl;
            this.traps = traps;
        }

        /** Takes one of the seed's max_pages; false when none are left. */
        boolean reservePage() {
            while (true) {
                int n = scheduled.get();
                if (n >= seed.maxPages()) {
                    return false;
                }
                if (scheduled.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
        }
    }

    private final Map<String, SeedState> byArticleUrl = new LinkedHashMap<>();
    private final Map<String, SeedState> bySite = new LinkedHashMap<>();
    private final Map<String, SeedState> bySeedUrl = new LinkedHashMap<>();

    /** Registers a seed under its normalised URL; returns its state. */
    SeedState register(Seed seed, String normalisedUrl, CrawlSettings settings, Clock clock) {
        SeedState state = bySeedUrl.computeIfAbsent(normalisedUrl,
                u -> new SeedState(seed, u, new TrapDetector(settings, clock)));
        if (seed.kind() == Seed.Kind.ARTICLE) {
            byArticleUrl.putIfAbsent(normalisedUrl, state);
        } else {
            siteKey(normalisedUrl).ifPresent(k -> bySite.putIfAbsent(k, state));
        }
        return state;
    }

    Optional<SeedState> find(String normalisedUrl) {
        SeedState article = byArticleUrl.get(normalisedUrl);
        if (article != null) {
            return Optional.of(article);
        }
        return siteKey(normalisedUrl).map(bySite::get);
    }

    Collection<SeedState> all() {
        return bySeedUrl.values();
    }

    /** Whether {@code url} is on the same site as the seed (same host up to www., same port). */
    static boolean sameSite(String seedUrl, String url) {
        Optional<String> a = siteKey(seedUrl);
        return a.isPresent() && a.equals(siteKey(url));
    }

    /** host-without-www:port, or empty for a URL without a host. */
    static Optional<String> siteKey(String url) {
        try {
            URI u = URI.create(url);
            String host = u.getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = u.getPort();
            if (port < 0) {
                port = "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            }
            // http and https on the default ports are one site
            String p = (port == 80 || port == 443) ? "" : ":" + port;
            return Optional.of(host + p);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
