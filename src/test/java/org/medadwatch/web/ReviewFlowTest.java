package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;

class ReviewFlowTest {
    @TempDir
    Path dir;
    WebFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new WebFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void confirmIsRecordedWithWhoAndShownInTheHistory() throws Exception {
        WebClient c = f.loggedIn("ana");
        String n = f.clueOf(WebFixture.PLAIN_URL);
        c.get("/clues/" + n);
        HttpResponse<String> r = c.post("/clues/" + n + "/confirm", "_csrf", c.csrf(), "comment", "属实");
        assertEquals(303, r.statusCode());
        assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(n).status());
        List<ClueEvent> events = f.store.clues().events(n);
        assertEquals("ana", events.get(events.size() - 1).actor());
        HttpResponse<String> detail = c.get("/clues/" + n);
        assertTrue(detail.body().contains("已确认"), detail.body());
        assertTrue(detail.body().contains("<td>ana</td>"), detail.body());
    }

    @Test
    void dismissWithoutAReasonIsAnErrorPageAndChangesNothing() throws Exception {
        WebClient c = f.loggedIn("ana");
        String n = f.clueOf(WebFixture.PLAIN_URL);
        HttpResponse<String> r = c.post("/clues/" + n + "/dismiss", "_csrf", c.csrf(), "reason", "  ");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("排除原因"), r.body());
        assertEquals(ClueStatus.NEW, f.store.clues().expect(n).status());
        assertEquals(303, c.post("/clues/" + n + "/dismiss", "_csrf", c.csrf(), "reason", "药品说明，非广告").statusCode());
        assertEquals(ClueStatus.DISMISSED, f.store.clues().expect(n).status());
        assertEquals("药品说明，非广告", f.store.clues().events(n).get(f.store.clues().events(n).size() - 1).detail());
    }

    @Test
    void otherCluesOfThePageAreListedOnceEachHoweverManyFindingsTheyHave() throws Exception {
        List<String> made = f.recordPage("http://many.example/p.html", "330100", WebFixture.T0, List.of(
                WebFixture.finding(Category.CURE_GUARANTEE, "CURE-001", "一次根治"),
                WebFixture.finding(Category.ABSOLUTE_TERM, "ABS-001", "最好的医院"),
                WebFixture.finding(Category.ABSOLUTE_TERM, "ABS-002", "国内顶级")));
        assertEquals(2, made.size());
        WebClient c = f.loggedIn("ana");

        String body = c.get("/clues/" + made.get(0)).body();

        String others = body.substring(body.indexOf("<ul id=\"other-findings\">"));
        others = others.substring(0, others.indexOf("</ul>"));
        assertEquals(1, others.split("href=\"/clues/" + made.get(1) + "\"", -1).length - 1, others);
        assertFalse(others.contains(made.get(0)), others);
    }

    @Test
    void aHandSetJurisdictionShowsAsManualWithWhoSetIt() throws Exception {
        WebClient c = f.loggedIn("ana");
        String n = f.clueOf(WebFixture.PLAIN_URL);
        assertTrue(c.get("/clues/" + n).body().contains("data-source=\"SEED\">浙江省杭州市（330100） · 来源：种子名单"));

        assertEquals(303, c.post("/clues/" + n + "/jurisdiction", "_csrf", c.csrf(), "jurisdiction", "330200").statusCode());

        String detail = c.get("/clues/" + n).body();
        assertTrue(detail.contains("data-source=\"MANUAL\">浙江省宁波市（330200） · 来源：人工指定（ana，"), detail);
        assertTrue(c.get("/clues").body().contains("<td>浙江省宁波市（人工指定）</td>"));
    }

    @Test
    void aRefusedActionExplainsInChineseWhatToDoInstead() throws Exception {
        WebClient c = f.loggedIn("ana");
        String n = f.clueOf(WebFixture.PLAIN_URL);
        c.post("/clues/" + n + "/dismiss", "_csrf", c.csrf(), "reason", "科普文章");

        HttpResponse<String> r = c.post("/clues/bulk", "_csrf", c.csrf(), "numbers", n, "action", "dismiss", "reason", "重复");

        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("线索 " + n + " 已是“已排除”状态，无需再次排除。本次排除未做任何更改。"), r.body());
    }

    @Test
    void bulkConfirmActsOnEveryTickedClue() throws Exception {
        WebClient c = f.loggedIn("ana");
        String a = f.clueOf(WebFixture.PLAIN_URL);
        String b = f.clueOf(WebFixture.HOSTILE_URL);
        assertEquals(303, c.post("/clues/bulk", "_csrf", c.csrf(), "numbers", a, "numbers", b, "action", "confirm").statusCode());
        assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(a).status());
        assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(b).status());
    }

    @Test
    void listFiltersByStatusAndShowsCounts() throws Exception {
        WebClient c = f.loggedIn("ana");
        String a = f.clueOf(WebFixture.PLAIN_URL);
        c.post("/clues/" + a + "/confirm", "_csrf", c.csrf());
        HttpResponse<String> confirmed = c.get("/clues?status=CONFIRMED");
        assertTrue(confirmed.body().contains("data-number=\"" + a + "\""));
        assertTrue(confirmed.body().contains("共 1 条线索"), confirmed.body());
        HttpResponse<String> search = c.get("/clues?q=" + java.net.URLEncoder.encode("阳痿", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(search.body().contains("共 1 条线索"), search.body());
        assertEquals(400, c.get("/clues?region=abc").statusCode());
    }
}
