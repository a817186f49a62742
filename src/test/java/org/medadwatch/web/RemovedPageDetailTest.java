package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
import org.medadwatch.clue.RemovalReason;

/** The clue detail states that the page was removed, as a fact among the others, escaped like them. */
class RemovedPageDetailTest {
    @TempDir
    Path dir;
    WebFixture f;
    WebClient c;

    @BeforeEach
    void start() throws Exception {
        f = new WebFixture(dir);
        c = f.loggedIn("ana");
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void detailOfARemovedPageShowsTheStatusAndTheDayOfTheCheck() throws Exception {
        long scan = f.store.scans().start("seeds.csv");
        // 2026-11-30 17:00 UTC is 2026-12-01 01:00 in Beijing: the day shown is Beijing's
        f.store.removals().recordPage(scan, WebFixture.HOSTILE_URL, RemovalReason.HTTP_404,
                Instant.parse("2026-11-30T17:00:00Z"));

        HttpResponse<String> r = c.get("/clues/" + f.clueOf(WebFixture.HOSTILE_URL));

        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<tr id=\"page-removed\"><th>页面状态</th><td>页面已删除（404，2026-12-01 检查）</td></tr>"),
                r.body());
        assertFalse(r.body().contains("<script>alert(1)</script>"), "the hostile page stays escaped");
    }

    @Test
    void detailOfALivePageHasNoRemovalFact() throws Exception {
        HttpResponse<String> r = c.get("/clues/" + f.clueOf(WebFixture.PLAIN_URL));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("page-removed"));
    }
}
