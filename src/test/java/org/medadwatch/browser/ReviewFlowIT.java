package org.medadwatch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.web.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's and a supervisor's day in Chromium, on demo pages scanned into a fresh data
 * folder: log in, filter the list, open a clue, confirm, dismiss (not without a reason), and,
 * as supervisor, dispatch a batch of one jurisdiction, download its xlsx, record feedback, and
 * see the statistics move. One browser, steps in order; each leaves a screenshot of its page in
 * target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewFlowIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** Two jurisdictions: a men's/women's hospital site in 杭州 and a health shop in 苏州. */
    static final String HANGZHOU = "330100";
    static final String SUZHOU = "320500";
    static UiFixture ui;
    /** Clues confirmed along the way (all in 杭州), for the batch. */
    static final List<String> confirmed = new ArrayList<>();
    static String dismissed;
    static final String CONFIRM_COMMENT = "页面明示一个疗程治愈，确认违法";
    static final String DISMISS_REASON = "属正常科普内容，不构成广告";

    @BeforeAll
    static void scanAndServe() throws Exception {
        ui = UiFixture.start(List.of(
                        new UiFixture.Site("杭州民营医院导医网", HANGZHOU,
                                UiFixture.demoPages("001.html", "002.html", "003.html", "004.html", "005.html")),
                        new UiFixture.Site("苏州美容养生商城", SUZHOU,
                                UiFixture.demoPages("016.html", "017.html", "018.html"))),
                Map.of("analyst", Role.ANALYST, "chief", Role.SUPERVISOR));
        List<ClueRow> all = rows();
        assertTrue(all.size() >= 10, "the demo pages make clues: " + all.size());
        assertTrue(all.stream().anyMatch(r -> r.jurisdiction().code().orElse("").equals(SUZHOU)), "clues in 苏州 too");
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    static List<ClueRow> rows() {
        return ui.store().clues().sheet(ClueFilter.all());
    }

    static ClueStatus status(String number) {
        return ui.store().clues().find(number).orElseThrow().status();
    }

    static String title(String page) {
        return page + " - MedAd Watch";
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedAndTheRightOneLogsIn() {
        browser.open(ui.base + "/clues");
        browser.until(d -> d.getCurrentUrl().contains("/login"));   // no session: to the login page
        browser.type(By.id("username"), "analyst");
        browser.type(By.id("password"), "not-the-password");
        browser.click(By.id("login-button"));
        assertTrue(browser.visible(By.id("login-error")).getText().contains("用户名或密码错误"));
        browser.screenshot("01-login");
        Ui.login(browser, ui.base, "analyst", UiFixture.PASSWORD);
        assertEquals(title("线索列表"), browser.driver().getTitle());
        assertEquals("共 " + rows().size() + " 条线索", browser.driver().findElement(By.id("clue-total")).getText());
        browser.screenshot("02-clue-list");
    }

    @Test
    @Order(2)
    void filteringByCategoryAndStatusShowsExactlyThoseClues() {
        browser.open(ui.base + "/clues");
        new Select(browser.visible(By.id("filter-category"))).selectByValue(Category.CURE_GUARANTEE.name());
        new Select(browser.visible(By.id("filter-status"))).selectByValue(ClueStatus.NEW.name());
        browser.click(By.id("filter-button"));
        browser.until(d -> d.getCurrentUrl().contains("category=CURE_GUARANTEE"));
        List<String> expected = rows().stream()
                .filter(r -> r.category() == Category.CURE_GUARANTEE && r.status() == ClueStatus.NEW)
                .map(ClueRow::number).sorted().toList();
        assertFalse(expected.isEmpty(), "the demo pages have new cure-guarantee clues");
        assertEquals(expected, Ui.rowNumbers(browser).stream().sorted().toList());
        assertEquals("共 " + expected.size() + " 条线索", browser.driver().findElement(By.id("clue-total")).getText());
        assertEquals(Category.CURE_GUARANTEE.chineseName() + " " + expected.size(),
                browser.driver().findElement(By.cssSelector("#counts-category span[data-category=CURE_GUARANTEE]")).getText());
        assertEquals(1, browser.all(By.cssSelector("#counts-category span[data-category]")).size(), "one category left");
        for (WebElement status : browser.all(By.cssSelector("#clue-table td[class^=status-]"))) {
            assertEquals(ClueStatus.NEW.chineseName(), status.getText());
        }
        // the filter stays selected on the filtered page
        assertEquals(Category.CURE_GUARANTEE.name(),
                new Select(browser.driver().findElement(By.id("filter-category"))).getFirstSelectedOption().getAttribute("value"));
        browser.screenshot("03-clue-list-filtered");

        // and by jurisdiction: only 苏州's clues
        browser.open(ui.base + "/clues?region=" + SUZHOU);
        List<String> suzhou = rows().stream().filter(r -> r.jurisdiction().code().orElse("").equals(SUZHOU))
                .map(ClueRow::number).sorted().toList();
        assertEquals(suzhou, Ui.rowNumbers(browser).stream().sorted().toList());
    }

    @Test
    @Order(3)
    void anAnalystOpensAClueAndConfirmsIt() {
        String number = firstNew(HANGZHOU, Category.CURE_GUARANTEE);
        browser.open(ui.base + "/clues?category=CURE_GUARANTEE&status=NEW");
        browser.click(By.cssSelector("#clue-table tr[data-number='" + number + "'] a.clue-link"));
        browser.until(d -> d.getCurrentUrl().endsWith("/clues/" + number));
        assertEquals(title("线索 " + number), browser.driver().getTitle());
        assertTrue(browser.visible(By.id("facts")).getText().contains(ClueStatus.NEW.chineseName()));
        assertFalse(browser.all(By.cssSelector("#evidence mark")).isEmpty(), "the evidence is marked in its context");
        browser.screenshot("04-clue-detail");

        browser.type(By.id("confirm-comment"), CONFIRM_COMMENT);
        browser.click(By.id("confirm"));
        browser.until(d -> d.findElement(By.id("facts")).getText().contains(ClueStatus.CONFIRMED.chineseName()));
        String history = browser.visible(By.id("history")).getText();
        assertTrue(history.contains("analyst") && history.contains(CONFIRM_COMMENT), "history names who and why:\n" + history);
        assertEquals(ClueStatus.CONFIRMED, status(number));
        confirmed.add(number);
        browser.screenshot("05-clue-confirmed");
    }

    @Test
    @Order(4)
    void severalCluesAreConfirmedAtOnceFromTheList() {
        List<String> more = rows().stream()
                .filter(r -> r.status() == ClueStatus.NEW && r.jurisdiction().code().orElse("").equals(HANGZHOU))
                .map(ClueRow::number).sorted().limit(2).toList();
        assertEquals(2, more.size());
        browser.open(ui.base + "/clues?status=NEW&region=" + HANGZHOU);
        for (String n : more) {
            browser.click(By.cssSelector("#clue-table tr[data-number='" + n + "'] input[name=numbers]"));
        }
        browser.click(By.id("bulk-confirm"));
        browser.until(d -> d.getCurrentUrl().endsWith("/clues"));
        for (String n : more) {
            assertEquals(ClueStatus.CONFIRMED, status(n), n);
        }
        confirmed.addAll(more);
    }

    @Test
    @Order(5)
    void dismissingNeedsAReasonAndThenDismisses() {
        dismissed = rows().stream().filter(r -> r.status() == ClueStatus.NEW).map(ClueRow::number).sorted()
                .findFirst().orElseThrow();
        browser.open(ui.base + "/clues/" + dismissed);
        browser.visible(By.id("reason")).clear();
        browser.click(By.id("dismiss"));
        String error = browser.visible(By.id("error")).getText();
        assertTrue(error.contains("排除原因"), "refused without a reason: " + error);
        assertEquals(ClueStatus.NEW, status(dismissed), "nothing changed");
        browser.screenshot("06-dismiss-without-reason");

        browser.open(ui.base + "/clues/" + dismissed);
        browser.type(By.id("reason"), DISMISS_REASON);
        browser.click(By.id("dismiss"));
        browser.until(d -> d.findElement(By.id("facts")).getText().contains(ClueStatus.DISMISSED.chineseName()));
        assertTrue(browser.visible(By.id("history")).getText().contains(DISMISS_REASON));
        assertEquals(ClueStatus.DISMISSED, status(dismissed));
        assertEquals(ClueStatus.DISMISSED.canMoveTo(ClueStatus.CONFIRMED), !browser.all(By.id("confirm")).isEmpty(),
                "confirm is offered exactly when a dismissed clue may still be confirmed");
        assertTrue(browser.all(By.id("dismiss")).isEmpty(), "a dismissed clue cannot be dismissed again");
        browser.screenshot("07-clue-dismissed");

        // the list's counts follow
        browser.open(ui.base + "/clues?status=DISMISSED");
        assertEquals(List.of(dismissed), Ui.rowNumbers(browser));
        assertEquals(new TreeSet<>(confirmed), new TreeSet<>(numbersWith(ClueStatus.CONFIRMED)));
    }

    static List<String> numbersWith(ClueStatus s) {
        return rows().stream().filter(r -> r.status() == s).map(ClueRow::number).toList();
    }

    static String firstNew(String region, Category category) {
        return rows().stream()
                .filter(r -> r.status() == ClueStatus.NEW && r.category() == category
                        && r.jurisdiction().code().orElse("").equals(region))
                .map(ClueRow::number).sorted().findFirst()
                .orElseThrow(() -> new AssertionError("no new " + category + " clue in " + region));
    }
}
