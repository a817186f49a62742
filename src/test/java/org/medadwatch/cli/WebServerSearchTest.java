package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
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
            WebClient browser = new WebClient(server.url());
            assertEquals(303, browser.login("ana", "correct-horse-1").statusCode(), "logged in");
            assertEquals(0, SearchResults.found(search(browser, "干细胞")), "no index yet: nothing found, no error");
            assertFalse(Files.exists(folder.index()), "serve created no index");

            try (PageIndex writer = PageIndex.open(folder.index())) {  // would throw IndexLockedException were the lock held
                writer.upsert(page("http://a.cn/1", "干细胞治疗中心"));
                writer.commit();
                String one = search(browser, "干细胞");
                assertEquals(1, SearchResults.found(one), "the first commit is picked up without a restart");
                assertTrue(one.contains("http://a.cn/1"), one);

                writer.upsert(page("http://a.cn/2", "干细胞抗衰老"));
                assertEquals(1, SearchResults.found(search(browser, "干细胞")), "an upsert not yet committed is not seen");
                writer.commit();
                assertEquals(2, SearchResults.found(search(browser, "干细胞")), "the next commit is seen too");
            }
        }
        assertEquals("", err.toString());
    }

    private static IndexedPage page(String url, String text) {
        return new IndexedPage(url, "a.cn", "某医院", text, Instant.parse("2026-03-01T00:00:00Z"), Set.of(),
                Optional.empty(), Optional.empty());
    }

    private static String search(WebClient browser, String q) throws Exception {
        HttpResponse<String> r = browser.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
