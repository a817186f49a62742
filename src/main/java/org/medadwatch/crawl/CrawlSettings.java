package org.medadwatch.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Crawl settings, bound once from {@code crawl-defaults.properties} (the one place where every
 * key has its default and a comment) plus any overrides. Validated here; the crawler trusts them.
 *
 * @param politenessDelay         pause between two requests to one host; zero turns it off
 * @param userAgent               the User-Agent header: tool name and contact
 * @param respectRobots           honour robots.txt (RFC 9309)
 * @param connectTimeout          time to connect
 * @param readTimeout             time between two reads
 * @param maxPageBytes            larger bodies are {@link FetchOutcome#TOO_LARGE}
 * @param maxRedirects            redirects followed per URL
 * @param maxUrlLength            longer URLs are {@link FetchOutcome#TRAP}
 * @param maxRepeatedPathSegments a path segment repeated more often is a trap
 * @param maxCalendarPages        per seed, URLs per date-like pattern before it is a trap
 * @param threads                 crawler worker threads
 * @param frontierDir             crawler4j's resumable frontier lives here
 * @param resumable               resume an unfinished crawl found in {@code frontierDir}
 */
public record CrawlSettings(Duration politenessDelay, String userAgent, boolean respectRobots,
        Duration connectTimeout, Duration readTimeout, int maxPageBytes, int maxRedirects,
        int maxUrlLength, int maxRepeatedPathSegments, int maxCalendarPages, int threads,
        Path frontierDir, boolean resumable) {

    private static final String DEFAULTS = "crawl-defaults.properties";

    public CrawlSettings {
        Objects.requireNonNull(politenessDelay, "politenessDelay");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(frontierDir, "frontierDir");
        require(!politenessDelay.isNegative(), "crawl.politeness.delay.ms must be >= 0");
        require(!userAgent.isBlank() && userAgent.indexOf('/') > 0
                && userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
                "crawl.user.agent must be printable ASCII starting with product/version: " + userAgent);
        require(connectTimeout.toMillis() > 0, "crawl.connect.timeout.ms must be > 0");
        require(readTimeout.toMillis() > 0, "crawl.read.timeout.ms must be > 0");
        require(maxPageBytes > 0, "crawl.max.page.bytes must be > 0");
        require(maxRedirects >= 0, "crawl.max.redirects must be >= 0");
        require(maxUrlLength >= 32, "crawl.max.url.length must be >= 32");
        require(maxRepeatedPathSegments >= 1, "crawl.max.repeated.path.segments must be >= 1");
        require(maxCalendarPages >= 1, "crawl.max.calendar.pages must be >= 1");
        require(threads >= 1 && threads <= 256, "crawl.threads must be 1..256");
    }

    /** The defaults, exactly as {@code crawl-defaults.properties} states them. */
    public static CrawlSettings defaults() {
        return from(Map.of());
    }

    /**
     * Defaults overridden by {@code overrides} (keys as in the defaults file).
     *
     * @throws IllegalArgumentException for an unknown key or a bad value, naming the key
     */
    public static CrawlSettings from(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(defaultValues());
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown crawl setting: " + e.getKey()
                        + " (known: " + new TreeMap<>(defaultValues()).keySet() + ")");
            }
            values.put(e.getKey(), e.getValue().strip());
        }
        return new CrawlSettings(
                Duration.ofMillis(longValue(values, "crawl.politeness.delay.ms")),
                values.get("crawl.user.agent"),
                boolValue(values, "crawl.robots.respect"),
                Duration.ofMillis(longValue(values, "crawl.connect.timeout.ms")),
                Duration.ofMillis(longValue(values, "crawl.read.timeout.ms")),
                intValue(values, "crawl.max.page.bytes"),
                intValue(values, "crawl.max.redirects"),
                intValue(values, "crawl.max.url.length"),
                intValue(values, "crawl.max.repeated.path.segments"),
                intValue(values, "crawl.max.calendar.pages"),
                intValue(values, "crawl.threads"),
                Path.of(values.get("crawl.frontier.dir")),
                boolValue(values, "crawl.resumable"));
    }

    public CrawlSettings withFrontierDir(Path dir) {
        return new CrawlSettings(politenessDelay, userAgent, respectRobots, connectTimeout, readTimeout,
                maxPageBytes, maxRedirects, maxUrlLength, maxRepeatedPathSegments, maxCalendarPages,
                threads, dir, resumable);
    }

    public CrawlSettings withPolitenessDelay(Duration delay) {
        return new CrawlSettings(delay, userAgent, respectRobots, connectTimeout, readTimeout,
                maxPageBytes, maxRedirects, maxUrlLength, maxRepeatedPathSegments, maxCalendarPages,
                threads, frontierDir, resumable);
    }

    /** The product token of the user agent ("MedAdWatch"), matched against robots.txt groups. */
    public String robotsAgentName() {
        return userAgent.substring(0, userAgent.indexOf('/')).strip();
    }

    private static Map<String, String> defaultValues() {
        Properties p = new Properties();
        try (InputStream in = CrawlSettings.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).strip()));
        return m;
    }

    private static long longValue(Map<String, String> v, String key) {
        try {
            return Long.parseLong(v.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + v.get(key), e);
        }
    }

    private static int intValue(Map<String, String> v, String key) {
        long l = longValue(v, key);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw new IllegalArgumentException(key + " is out of range: " + l);
        }
        return (int) l;
    }

    private static boolean boolValue(Map<String, String> v, String key) {
        String s = v.get(key).toLowerCase(Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false: " + v.get(key));
        }
        return Boolean.parseBoolean(s);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
