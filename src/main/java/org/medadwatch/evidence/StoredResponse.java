package org.medadwatch.evidence;

import org.medadwatch.page.HttpHeader;
import java.util.List;
import java.util.Objects;

/**
 * An archived response as read back from its WARC record, for the archived-page view.
 *
 * @param status        the HTTP status code
 * @param reason        the reason phrase, or empty
 * @param headers       the response headers in order (a {@code Transfer-Encoding} header appears
 *                      as {@code X-Orig-Transfer-Encoding}: the body is stored de-chunked)
 * @param body          the payload bytes, undecoded (charset and content coding as served)
 * @param digestMatches whether the payload still hashes to the digest the record and the
 *                      {@link EvidenceRef} give; show a warning when false
 */
public record StoredResponse(int status, String reason, List<HttpHeader> headers, byte[] body,
                             boolean digestMatches) {
    public StoredResponse {
        Objects.requireNonNull(reason, "reason");
        headers = List.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredResponse s && status == s.status && reason.equals(s.reason)
                && headers.equals(s.headers) && java.util.Arrays.equals(body, s.body)
                && digestMatches == s.digestMatches;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, headers, java.util.Arrays.hashCode(body), digestMatches);
    }

    @Override
    public String toString() {
        return "StoredResponse[" + status + ", " + body.length + " bytes, digestMatches=" + digestMatches + "]";
    }
}
