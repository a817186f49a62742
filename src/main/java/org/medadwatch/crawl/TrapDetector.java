package org.medadwatch.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises crawler traps in URLs that are otherwise in scope: over-long URLs, a path segment
 * repeated again and again ({@code /a/b/a/b/a/b}), and endless calendars. A calendar is a URL
 * whose identity is a date: date-like query parameters ({@code ?month=7}, {@code ?date=2024-05-01})
 * or a path that ends in a date ({@code /calendar/2024/05}, {@code /events/2024-05}). Impossible
 * dates in date-named parameters are traps at once; otherwise each seed may crawl a bounded number of URLs per calendar
 * pattern (the URL with its numbers masked). One instance per seed; thread-safe.
 */
final class TrapDetector {
    private static final Set<String> DATE_PARAMS = Set.of("year", "month", "day", "date", "y", "m", "d",
            "ym", "ymd", "yearmonth", "cal", "calendar", "week", "dt", "riqi", "nian", "yue", "ri");
    private static final Pattern DATE_SEGMENT =
            Pattern.compile("(\\d{4})[-_.]?(\\d{1,2})(?:[-_.]?(\\d{1,2}))?");
    private static final Pattern TRAILING_DATE_PATH =
            Pattern.compile("/(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?/?(?:index\\.[a-z]+)?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int MIN_YEAR = 1990;

    private final int maxUrlLength;
    private final int maxRepeatedSegments;
    private final int maxCalendarPages;
    private final int maxYear;
    private final Map<String, AtomicInteger> calendarCounts = new ConcurrentHashMap<>();

    TrapDetector(CrawlSettings settings, Clock clock) {
        this.maxUrlLength = settings.maxUrlLength();
        this.maxRepeatedSegments = settings.maxRepeatedPathSegments();
        this.maxCalendarPages = settings.maxCalendarPages();
        this.maxYear = Year.now(clock).getValue() + 5;
    }

    /** Why this normalised URL is a trap; empty when it is not. Counts calendar pages it lets pass. */
    Optional<String> check(String url) {
        if (url.length() > maxUrlLength) {
            return Optional.of("URL longer than " + maxUrlLength + " characters");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        Optional<String> repeated = repeatedSegment(path);
        if (repeated.isPresent()) {
            return repeated;
        }
        boolean calendar = false;
        Map<String, String> params = query(uri.getRawQuery());
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (DATE_PARAMS.contains(p.getKey())) {
                calendar = true;
                Optional<String> impossible = impossibleParam(p.getKey(), p.getValue());
                if (impossible.isPresent()) {
                    return impossible;
                }
            }
        }
        if (endsInDate(path)) {
            calendar = true;
        }
        if (calendar) {
            String pattern = uri.getHost() + ":" + uri.getPort() + DIGITS.matcher(path).replaceAll("#")
                    + "?" + String.join("&", new TreeMap<>(params).keySet());
            int n = calendarCounts.computeIfAbsent(pattern, k -> new AtomicInteger()).incrementAndGet();
            if (n > maxCalendarPages) {
                return Optional.of("calendar pattern " + pattern + " seen more than " + maxCalendarPages + " times");
            }
        }
        return Optional.empty();
    }

    private Optional<String> repeatedSegment(String path) {
        Map<String, Integer> counts = new HashMap<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            int c = counts.merge(seg, 1, Integer::sum);
            if (c > maxRepeatedSegments) {
                return Optional.of("path segment '" + seg + "' repeated " + c + " times");
            }
        }
        return Optional.empty();
    }

    private Optional<String> impossibleParam(String name, String value) {
        if (!DIGITS.matcher(value).matches() || value.length() > 8) {
            Matcher m = DATE_SEGMENT.matcher(value);
            return m.matches() ? impossibleDate(m.group(1), m.group(2), m.group(3), name + "=" + value)
                    : Optional.empty();
        }
        long v = Long.parseLong(value);
        switch (name) {
            case "month", "m", "yue" -> {
                if (value.length() <= 2) {
                    return v < 1 || v > 12 ? Optional.of("impossible month " + name + "=" + value) : Optional.empty();
                }
                return value.length() == 6 ? impossibleDate(value.substring(0, 4), value.substring(4), null,
                        name + "=" + value) : Optional.of("impossible month " + name + "=" + value);
            }
            case "day", "d", "ri" -> {
                return value.length() <= 2 && (v < 1 || v > 31)
                        ? Optional.of("impossible day " + name + "=" + value) : Optional.empty();
            }
            case "year", "y", "nian" -> {
                return v < MIN_YEAR || v > maxYear ? Optional.of("implausible year " + name + "=" + value)
                        : Optional.empty();
            }
            default -> {
                Matcher m = DATE_SEGMENT.matcher(value);
                return m.matches() ? impossibleDate(m.group(1), m.group(2), m.group(3), name + "=" + value)
                        : Optional.empty();
            }
        }
    }

    /**
     * Whether the path ends in a plausible date. Numbers that are not a possible date are taken
     * for ids ({@code /news/123456}), not for a broken calendar.
     */
    private boolean endsInDate(String path) {
        Matcher m = TRAILING_DATE_PATH.matcher(path);
        if (m.find()) {
            return impossibleDate(m.group(1), m.group(2), m.group(3), path).isEmpty();
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        Matcher seg = DATE_SEGMENT.matcher(last);
        return seg.matches() && (last.length() == 6 || last.length() == 8 || !DIGITS.matcher(last).matches())
                && impossibleDate(seg.group(1), seg.group(2), seg.group(3), path).isEmpty();
    }

    private Optional<String> impossibleDate(String year, String month, String day, String what) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        int d = day == null ? 1 : Integer.parseInt(day);
        if (y < MIN_YEAR || y > maxYear || mo < 1 || mo > 12 || d < 1 || d > 31) {
            return Optional.of("impossible date in " + what);
        }
        return Optional.empty();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            params.put(name, eq < 0 ? "" : pair.substring(eq + 1));
        }
        return params;
    }
}
