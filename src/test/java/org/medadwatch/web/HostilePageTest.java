package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;

/** A page whose title, evidence, advertiser, site name and body carry script: shown as text, never run. */
class HostilePageTest {
    private static final Pattern LIVE_JS_HREF = Pattern.compile("(href|src|action)\\s*=\\s*[\"']?\\s*javascript:",
            Pattern.CASE_INSENSITIVE);
    @TempDir
    Path dir;
    WebFixture f;
    WebClient c;

    @BeforeEach
    void start() throws Exception {
        f = new WebFixture(dir);
        c = f.loggedIn("sup");
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void listEscapesEverythingFromThePage() throws Exception {
        assertOnlyEscaped(c.get("/clues"), true);
    }

    @Test
    void detailEscapesEverythingAndMarksTheEvidence() throws Exception {
        HttpResponse<String> r = c.get("/clues/" + f.clueOf(WebFixture.HOSTILE_URL));
        assertOnlyEscaped(r, true);
        assertTrue(r.body().contains("<mark>一次根治&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
                r.body());
        assertTrue(r.body().contains("rel=\"noopener noreferrer nofollow\""));
    }

    @Test
    void searchEscapesTitlesAndHighlights() throws Exception {
        HttpResponse<String> r = c.get("/search?q=" + URLEncoder.encode("根治", StandardCharsets.UTF_8));
        assertOnlyEscaped(r, true);
        assertTrue(r.body().contains("<mark>"), r.body());
        assertOnlyEscaped(c.get("/clues?q=" + URLEncoder.encode("根治", StandardCharsets.UTF_8)), true);
    }

    @Test
    void archivedPageIsTextAndTheRawFrameIsSandboxed() throws Exception {
        String n = f.clueOf(WebFixture.HOSTILE_URL);
        HttpResponse<String> r = c.get("/clues/" + n + "/archive");
        assertOnlyEscaped(r, true);
        assertTrue(r.body().contains("<iframe class=\"archive\" id=\"archive-frame\" sandbox=\"\""), r.body());
        HttpResponse<byte[]> raw = c.getBytes("/clues/" + n + "/archive/raw");
        assertEquals(200, raw.statusCode());
        String csp = raw.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("sandbox;") && csp.contains("default-src 'none'"), csp);
        assertFalse(csp.contains("allow-scripts"), csp);
        assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/login", "/clues", "/clues/" + f.clueOf(WebFixture.HOSTILE_URL), "/search?q=x"}) {
            HttpResponse<String> r = c.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                    && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertFalse(r.body().toLowerCase(Locale.ROOT).matches("(?s).*<script>[^<]*</script>.*"), "no inline script: " + path);
        }
    }

    private static void assertOnlyEscaped(HttpResponse<String> r, boolean expectEscaped) {
        assertEquals(200, r.statusCode(), r.body());
        String body = r.body();
        String lower = body.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script>alert"), body);
        assertFalse(lower.contains("<img"), body);
        assertFalse(Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(body).find(), body);
        assertFalse(LIVE_JS_HREF.matcher(body).find(), body);
        if (expectEscaped) {
            assertTrue(body.contains("&lt;script&gt;"), body);
        }
    }
}
