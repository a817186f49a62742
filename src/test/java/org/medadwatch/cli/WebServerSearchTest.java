package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.index.IndexedPage;
import org.medadwatch.index.PageIndex;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.store.Store;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Role;
import org.medadwatch.web.WebConfig;

/**
 * serve without a schedule: it searches the index read-only, so a writer (a {@code scan}
 * process) can open it, and the running UI shows what that writer commits.
 */
class WebServerSearchTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;

    @Test
    void anEmptyFolderFindsNothingUntilAWriterBesideItCommits() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (Store store = Store.open(folder.root())) {
            new AccountService(store.accounts()).add("ana", "correct-horse-1".toCharArray(), Role.ANALYST);
        }
        StringWriter err = new StringWriter();
        try (WebServer server = WebServer.start(folder, WebConfig.defaults().withPort(0), new PrintWriter(err))) {
            assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
            logIn(server.url());
            assertEquals(0, SearchResults.found(search(server.url(), "干细胞")), "no index yet: nothing found, no error");
            assertFalse(Files.exists(folder.index()), "serve created no index");

            try (PageIndex writer = PageIndex.open(folder.index())) {  // would throw IndexLockedException were the lock held
                writer.upsert(page("http://a.cn/1", "干细胞治疗中心"));
                writer.commit();
                String one = search(server.url(), "干细胞");
                assertEquals(1, SearchResults.found(one), "the first commit is picked up without a restart");
                assertTrue(one.contains("http://a.cn/1"), one);

                writer.upsert(page("http://a.cn/2", "干细胞抗衰老"));
                assertEquals(1, SearchResults.found(search(server.url(), "干细胞")), "an upsert not yet committed is not seen");
                writer.commit();
                assertEquals(2, SearchResults.found(search(server.url(), "干细胞")), "the next commit is seen too");
            }
        }
        assertEquals("", err.toString());
    }

    private static IndexedPage page(String url, String text) {
        return new IndexedPage(url, "a.cn", "某医院", text, Instant.parse("2026-03-01T00:00:00Z"), Set.of(),
                Optional.empty(), Optional.empty());
    }

    private void logIn(String base) throws Exception {
        Matcher csrf = CSRF.matcher(get(base + "login").body());
        assertTrue(csrf.find(), "login form has a CSRF token");
        String form = "_csrf=" + enc(csrf.group(1)) + "&username=ana&password=" + enc("correct-horse-1");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode(), r.body());
    }

    private String search(String base, String q) throws Exception {
        HttpResponse<String> r = get(base + "search?q=" + enc(q));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
