package org.medadwatch.crawl;

import org.medadwatch.page.HttpHeader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One page as fetched: raw bytes and the headers needed to decode and archive them. The crawler
 * never decodes the body; the extraction stage does, from these bytes and {@link #contentType()}.
 *
 * @param seed                    the seed whose crawl reached this page
 * @param url                     the normalised URL the body came from (after redirects)
 * @param status                  HTTP status code of the final response
 * @param headers                 response headers in the order received
 * @param contentType             the {@code Content-Type} header, if sent
 * @param body                    the raw body, undecoded (copied in and out)
 * @param fetchedAt               when the response arrived
 * @param depth                   links away from the seed URL
 * @param requestMethodAndHeaders the request line and headers as sent (for the WARC request record)
 * @param redirectChain           normalised URLs requested before {@code url}, in order; empty if none
 */
public record FetchedPage(Seed seed, String url, int status, List<HttpHeader> headers,
        Optional<String> contentType, byte[] body, Instant fetchedAt, int depth,
        String requestMethodAndHeaders, List<String> redirectChain) {

    public FetchedPage {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(requestMethodAndHeaders, "requestMethodAndHeaders");
        headers = List.copyOf(headers);
        redirectChain = List.copyOf(redirectChain);
        body = body.clone();
    }

    /** A copy of the raw body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The value of the first header with this name (case-insensitive), if any. */
    public Optional<String> findHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(lower))
                .map(HttpHeader::value).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchedPage p && p.url.equals(url) && p.fetchedAt.equals(fetchedAt)
                && java.util.Arrays.equals(p.body, body) && p.seed.equals(seed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, fetchedAt, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "FetchedPage[" + url + " " + status + " " + body.length + " bytes]";
    }
}
