package org.medadwatch.evidence;

import org.medadwatch.page.HttpHeader;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP exchange as the crawler saw it, to be written as evidence.
 *
 * @param url             the URL fetched (after any redirect handled by a separate exchange)
 * @param fetchedAt       when the response arrived
 * @param method          the request method, e.g. {@code GET}
 * @param requestHeaders  the request headers as sent, in order; a {@code Host} header is added
 *                        from the URL when absent (HTTP clients send it without exposing it)
 * @param status          the response status code
 * @param reason          the reason phrase, or empty (HTTP/2 has none)
 * @param responseHeaders the response headers as received, in order
 * @param body            the entity body as received: transfer coding (chunking) removed, content
 *                        coding (gzip, br) kept. This is the WARC payload that the digest covers.
 * @param remoteIp        the server's address, when known
 */
public record FetchRecord(URI url, Instant fetchedAt, String method, List<HttpHeader> requestHeaders,
                          int status, String reason, List<HttpHeader> responseHeaders, byte[] body,
                          Optional<InetAddress> remoteIp) {
    public FetchRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(remoteIp, "remoteIp");
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
        body = body.clone();
        if (!url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL with a host: " + url);
        }
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status out of range: " + status);
        }
        if (method.isBlank() || method.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw new IllegalArgumentException("bad method: " + method);
        }
    }

    /** A GET with no extra request headers: for tests and local files. */
    public static FetchRecord get(URI url, Instant fetchedAt, int status, List<HttpHeader> responseHeaders,
                                  byte[] body) {
        return new FetchRecord(url, fetchedAt, "GET", List.of(), status, "", responseHeaders, body,
                Optional.empty());
    }

    /** The body; a copy, since arrays are mutable. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchRecord f && url.equals(f.url) && fetchedAt.equals(f.fetchedAt)
                && method.equals(f.method) && requestHeaders.equals(f.requestHeaders) && status == f.status
                && reason.equals(f.reason) && responseHeaders.equals(f.responseHeaders)
                && java.util.Arrays.equals(body, f.body) && remoteIp.equals(f.remoteIp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, fetchedAt, status, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "FetchRecord[" + method + " " + url + " -> " + status + ", " + body.length + " bytes]";
    }
}
