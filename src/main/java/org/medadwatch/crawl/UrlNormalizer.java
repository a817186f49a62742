package org.medadwatch.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One spelling per page: crawler-commons' {@link BasicURLNormalizer} (lower-case scheme and host,
 * no default port, no fragment, dot segments resolved, percent-encoding made canonical, query
 * parameters sorted) after removing session ids, both as path parameters
 * ({@code ;jsessionid=...}) and as query parameters ({@code PHPSESSID}, {@code sid}, ...).
 * The same instance is handed to crawler4j so that its seen-URL store and ours agree.
 */
final class UrlNormalizer {
    /** Query parameters that carry a session, not a page (compared case-insensitively). */
    static final Set<String> SESSION_PARAMS = Set.of("jsessionid", "phpsessid", "sid", "sessionid",
            "session_id", "aspsessionid", "cfid", "cftoken", "zenid", "oscsid");

    private static final Pattern PATH_SESSION =
            Pattern.compile("(?i);(jsessionid|phpsessid|sessionid|sid)=[^?#/;]*");

    private final BasicURLNormalizer basic = new BasicURLNormalizer();

    BasicURLNormalizer basic() {
        return basic;
    }

    /** The normal form of an absolute http(s) URL; empty when it is not one or cannot be parsed. */
    Optional<String> normalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String s = PATH_SESSION.matcher(url.strip()).replaceAll("");
        s = dropSessionParams(s);
        String n;
        try {
            n = basic.filter(s);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (n == null) {
            return Optional.empty();
        }
        String lower = n.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    private static String dropSessionParams(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        String tail = hash < 0 ? "" : url.substring(hash);
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (SESSION_PARAMS.contains(name)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(pair);
        }
        return url.substring(0, q) + (kept.length() > 0 ? "?" + kept : "") + tail;
    }
}
