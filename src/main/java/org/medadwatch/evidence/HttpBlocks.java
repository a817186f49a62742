package org.medadwatch.evidence;

import org.medadwatch.page.HttpHeader;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The HTTP messages of an exchange as WARC record blocks ({@code application/http}): request
 * line or status line, headers, blank line, body. Whatever protocol was spoken (HTTP/2 too),
 * the message is written in HTTP/1.1 syntax, as WARC tools customarily do. A
 * {@code Transfer-Encoding} header is kept under the name {@code X-Orig-Transfer-Encoding},
 * since the body we are given has its chunking already removed and a reader must not try to
 * de-chunk it. Header text goes out as ISO-8859-1 (how HTTP clients decoded it), line breaks
 * inside a value (never legal) as spaces.
 */
final class HttpBlocks {
    private static final String CRLF = "\r\n";

    private HttpBlocks() {
    }

    static byte[] request(FetchRecord r) {
        URI u = r.url();
        String target = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (u.getRawQuery() != null) {
            target += "?" + u.getRawQuery();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        line(out, r.method() + " " + target + " HTTP/1.1");
        boolean host = r.requestHeaders().stream().anyMatch(h -> h.name().equalsIgnoreCase("host"));
        if (!host) {
            header(out, "Host", u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort());
        }
        for (HttpHeader h : r.requestHeaders()) {
            header(out, h.name(), h.value());
        }
        line(out, "");
        return out.toByteArray();
    }

    static byte[] response(FetchRecord r, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + body.length);
        // status-line = HTTP-version SP status-code SP [reason-phrase] (RFC 9112 section 4)
        line(out, String.format(Locale.ROOT, "HTTP/1.1 %03d %s", r.status(), clean(r.reason())));
        for (HttpHeader h : r.responseHeaders()) {
            String name = h.name().equalsIgnoreCase("transfer-encoding") ? "X-Orig-Transfer-Encoding" : h.name();
            header(out, name, h.value());
        }
        line(out, "");
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void header(ByteArrayOutputStream out, String name, String value) {
        line(out, clean(name).replace(':', '_') + ": " + clean(value));
    }

    private static String clean(String s) {
        return s.replace('\r', ' ').replace('\n', ' ').strip();
    }

    private static void line(ByteArrayOutputStream out, String s) {
        boolean latin1 = s.chars().allMatch(c -> c <= 0xff);
        out.writeBytes(s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        out.writeBytes(CRLF.getBytes(StandardCharsets.US_ASCII));
    }
}
