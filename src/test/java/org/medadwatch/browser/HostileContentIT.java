package org.medadwatch.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.web.Role;
import org.openqa.selenium.By;

/**
 * An advertiser's page whose title, evidence and body carry script, event-handler attributes and
 * javascript: links, scanned into the store like any page and looked at in the clue list, the
 * clue's detail and its archived view: everything shows as text, nothing runs. And no state
 * changes without a valid session and its CSRF token, even from the UI's own origin.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileContentIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** The seed list's site name carries markup too (the list shows it in every row). */
    static final String SITE_NAME = "恶意页面" + Hostile.SCRIPT + "测试站";
    static UiFixture ui;
    static List<ClueRow> clues;

    /**
     * Demo page 001 (a men's-health hospital advert) with hostile markup: as text (escaped in the
     * source, so the extracted title and text carry it literally, next to the evidence), and live
     * in the body (script, onerror, javascript: link), which only the archived original keeps.
     */
    static byte[] hostilePage() {
        String html = new String(UiFixture.demoPage("001.html"), UTF_8);
        html = replaceOnce(html, "<title>", "<title>" + Hostile.escape(Hostile.SCRIPT));
        html = replaceOnce(html, "多数患者一个疗程就能治*愈",
                "多数患者" + Hostile.escape(Hostile.SCRIPT) + "一个疗程就能治*愈" + Hostile.escape(Hostile.IMG_ONERROR));
        html = replaceOnce(html, "与公立三甲医院技术协作",
                Hostile.escape(Hostile.JS_LINK) + "与公立三甲医院技术协作" + Hostile.escape(Hostile.SVG_ONLOAD));
        html = replaceOnce(html, "</body>", Hostile.SCRIPT + Hostile.IMG_ONERROR + Hostile.JS_LINK
                + Hostile.SVG_ONLOAD + "</body>");
        return html.getBytes(UTF_8);
    }

    private static String replaceOnce(String s, String what, String with) {
        int i = s.indexOf(what);
        assertTrue(i >= 0, "demo page 001 no longer has: " + what);
        return s.substring(0, i) + with + s.substring(i + what.length());
    }

    @BeforeAll
    static void scanTheHostilePage() throws Exception {
        ui = UiFixture.start(List.of(new UiFixture.Site(SITE_NAME, "440300", Map.of("hostile.html", hostilePage()))),
                Map.of("analyst", Role.ANALYST, "chief", Role.SUPERVISOR));
        clues = ui.store().clues().sheet(ClueFilter.all());
        assertTrue(clues.size() >= 2, "the hostile page still makes clues: " + clues.size());
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    static String title(String page) {
        return page + " - MedAd Watch";
    }

    @Test
    @Order(1)
    void theClueListShowsHostileTextAsTextAndRunsNothing() {
        Ui.login(browser, ui.base, "analyst", UiFixture.PASSWORD);
        Hostile.assertNothingRan(browser, title("线索列表"));
        assertEquals(clues.stream().map(ClueRow::number).sorted().toList(),
                Ui.rowNumbers(browser).stream().sorted().toList(), "every clue of the page is listed");
        String text = browser.driver().findElement(By.id("clue-table")).getText();
        assertTrue(text.contains(SITE_NAME), "the site name, markup and all, is in the list as text:\n" + text);
        assertTrue(browser.all(By.cssSelector("#clue-table script, #clue-table img, #clue-table svg")).isEmpty());
        browser.screenshot("hostile-list");

        // the full-text search lists the page by its title, which carries a <script>
        browser.open(ui.base + "/search?q=" + java.net.URLEncoder.encode("前列腺", UTF_8));
        browser.visible(By.id("search-results"));
        Hostile.assertNothingRan(browser, title("全文搜索"));
        String hits = browser.driver().findElement(By.id("search-results")).getText();
        assertTrue(hits.contains(Hostile.SCRIPT), "the hit's title shows its script as text:\n" + hits);
        browser.screenshot("hostile-search");
    }

    @Test
    @Order(2)
    void theDetailShowsTitleAndEvidenceAsTextAndRunsNothing() {
        for (ClueRow clue : clues) {
            browser.open(ui.base + "/clues/" + clue.number());
            browser.visible(By.id("facts"));
            Hostile.assertNothingRan(browser, title("线索 " + clue.number()));
            String facts = browser.driver().findElement(By.id("facts")).getText();
            assertTrue(facts.contains(Hostile.SCRIPT), clue.number() + ": the page title with its <script> as text:\n" + facts);
        }
        ClueRow cure = cureClue();
        browser.open(ui.base + "/clues/" + cure.number());
        String evidence = browser.visible(By.id("evidence")).getText();
        assertTrue(evidence.contains(Hostile.SCRIPT), "evidence context shows the script as text:\n" + evidence);
        assertTrue(evidence.contains(Hostile.IMG_ONERROR), "evidence context shows the onerror img as text:\n" + evidence);
        assertTrue(browser.all(By.cssSelector("#evidence script, #evidence img, #evidence svg, #evidence a")).isEmpty(),
                "no element was made from the evidence");
        browser.screenshot("hostile-detail");
    }

    @Test
    @Order(3)
    void theArchivedViewShowsTextAndKeepsTheOriginalInAScriptlessSandbox() {
        ClueRow cure = cureClue();
        browser.open(ui.base + "/clues/" + cure.number() + "/archive");
        browser.visible(By.id("archive-text"));
        Hostile.assertNothingRan(browser, title("存档 " + cure.number()));
        assertEquals(Hostile.SCRIPT + "慢性前列腺炎专题_沣州博仁男科医院",
                browser.driver().findElement(By.id("archive-title")).getText());
        String text = browser.driver().findElement(By.id("archive-text")).getText();
        for (String p : Hostile.ALL) {
            assertTrue(text.contains(p), "archived text shows as text: " + p);
        }
        // the original markup, live payloads included, is only in the sandboxed frame
        String sandbox = browser.driver().findElement(By.id("archive-frame")).getAttribute("sandbox");
        assertEquals("", sandbox, "the frame is sandboxed with no allowances");
        browser.driver().switchTo().frame("archive-frame");
        try {
            Object pwnedInFrame = browser.js("return typeof window.__pwned");
            assertEquals("undefined", pwnedInFrame, "the archived original's script did not run in its frame");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        Hostile.assertNothingRan(browser, title("存档 " + cure.number()));
        browser.screenshot("hostile-archive");
    }

    @Test
    @Order(4)
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        ClueRow target = clues.get(0);
        browser.open(ui.base + "/clues/" + target.number());
        browser.visible(By.id("confirm"));
        String token = Ui.csrfToken(browser);
        assertFalse(token.isBlank());
        int events = ui.store().clues().events(target.number()).size();

        // the session cookie rides along (same origin), the token does not
        Map<String, Object> r = Ui.post(browser, "/clues/" + target.number() + "/confirm", Map.of("comment", "无令牌"), "same-origin");
        assertEquals(403L, r.get("status"), "no token: " + r);
        r = Ui.post(browser, "/clues/" + target.number() + "/confirm",
                Map.of("comment", "错令牌", "_csrf", token.substring(1) + "x"), "same-origin");
        assertEquals(403L, r.get("status"), "wrong token: " + r);
        r = Ui.post(browser, "/clues/" + target.number() + "/dismiss",
                Map.of("reason", "无令牌排除"), "same-origin");
        assertEquals(403L, r.get("status"), "dismiss without token: " + r);
        r = Ui.post(browser, "/clues/bulk", Map.of("action", "confirm", "numbers", target.number()), "same-origin");
        assertEquals(403L, r.get("status"), "bulk without token: " + r);
        // the right token but no session cookie
        r = Ui.post(browser, "/clues/" + target.number() + "/confirm", Map.of("_csrf", token), "omit");
        assertEquals(403L, r.get("status"), "token without session: " + r);

        assertEquals(target.status(), ui.store().clues().find(target.number()).orElseThrow().status(),
                "the refused posts changed nothing");
        assertEquals(events, ui.store().clues().events(target.number()).size(),
                "no review event was recorded: " + ui.store().clues().events(target.number()));
        browser.open(ui.base + "/clues/" + target.number());
        assertTrue(browser.visible(By.id("facts")).getText().contains(target.status().chineseName()));
        Hostile.assertNothingRan(browser, title("线索 " + target.number()));

        // control: with its token the same post goes through, so the refusals above were the token's doing
        r = Ui.post(browser, "/clues/" + target.number() + "/confirm", Map.of("comment", "有令牌", "_csrf", token), "same-origin");
        assertNotEquals(403L, r.get("status"), "with the token: " + r);
        assertEquals(ClueStatus.CONFIRMED, ui.store().clues().find(target.number()).orElseThrow().status());
    }

    @Test
    @Order(5)
    void afterLogoutTheOldTokenChangesNothing() {
        ClueRow target = clues.get(1);
        browser.open(ui.base + "/clues/" + target.number());
        String token = Ui.csrfToken(browser);
        Ui.logout(browser);
        Map<String, Object> r = Ui.post(browser, "/clues/" + target.number() + "/dismiss",
                Map.of("reason", "会话已结束", "_csrf", token), "same-origin");
        assertEquals(403L, r.get("status"), "old token after logout: " + r);
        assertEquals(target.status(), ui.store().clues().find(target.number()).orElseThrow().status());
        browser.open(ui.base + "/clues/" + target.number());
        browser.until(d -> d.getCurrentUrl().contains("/login"));
        browser.screenshot("login");
    }

    @Test
    @Order(6)
    void aSupervisorsDispatchNeedsTheTokenTooAndTheBatchPageRunsNothing() {
        ClueRow target = clues.get(0);   // confirmed, with its token, in the test above
        assertEquals(ClueStatus.CONFIRMED, ui.store().clues().find(target.number()).orElseThrow().status());
        Ui.login(browser, ui.base, "chief", UiFixture.PASSWORD);
        browser.open(ui.base + "/batches");
        browser.visible(By.id("dispatch-button"));
        Hostile.assertNothingRan(browser, title("派发"));
        String token = Ui.csrfToken(browser);
        // the supervisor has the role, so a refusal here is the token's
        Map<String, Object> r = Ui.post(browser, "/batches",
                Map.of("jurisdiction", "440300", "numbers", target.number(), "comment", "无令牌派发"), "same-origin");
        assertEquals(403L, r.get("status"), "dispatch without token: " + r);
        r = Ui.post(browser, "/batches", Map.of("jurisdiction", "440300", "numbers", target.number(),
                "_csrf", token + "0"), "same-origin");
        assertEquals(403L, r.get("status"), "dispatch with a wrong token: " + r);
        assertEquals(ClueStatus.CONFIRMED, ui.store().clues().find(target.number()).orElseThrow().status(),
                "nothing was dispatched");
        browser.open(ui.base + "/batches");
        assertFalse(browser.all(By.id("batch-none")).isEmpty(), "no batch was made");

        // through the form, it goes; the batch page lists the hostile site's clue as text
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("dispatch-jurisdiction"))).selectByValue("440300");
        browser.click(By.cssSelector("#dispatch-clues tr[data-number='" + target.number() + "'] input[name=numbers]"));
        browser.click(By.id("dispatch-button"));
        String batch = browser.visible(By.id("batch-number")).getText();
        Hostile.assertNothingRan(browser, title("派发批次 " + batch));
        assertTrue(browser.driver().findElement(By.id("batch-clues")).getText().contains("恶意页面" + Hostile.SCRIPT.substring(0, 20)),
                "the site name shows as text (clipped)");
        assertEquals(ClueStatus.DISPATCHED, ui.store().clues().find(target.number()).orElseThrow().status());

        // feedback without the token: refused, nothing recorded
        r = Ui.post(browser, "/clues/" + target.number() + "/feedback",
                Map.of("outcome", "ORDERED_TO_RECTIFY", "note", "无令牌", "date", "2026-11-01"), "same-origin");
        assertEquals(403L, r.get("status"), "feedback without token: " + r);
        browser.open(ui.base + "/clues/" + target.number());
        assertTrue(browser.all(By.id("feedback-recorded")).isEmpty(), "no outcome was recorded");
        Hostile.assertNothingRan(browser, title("线索 " + target.number()));
        browser.screenshot("hostile-batch-clue");
    }

    /** The clue whose evidence is 一个疗程就能治*愈 (the script and onerror payloads are around it). */
    static ClueRow cureClue() {
        return clues.stream().filter(c -> c.category().name().equals("CURE_GUARANTEE")).findFirst()
                .orElseThrow(() -> new AssertionError("no CURE_GUARANTEE clue on the hostile page: " + clues));
    }
}
