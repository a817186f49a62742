package org.medadwatch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
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

    static final String DISPATCH_COMMENT = "请杭州市局核查处置";
    static final String FEEDBACK_NOTE = "已约谈院方，责令下架相关页面";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SHEET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** The batch sheet's twenty-one columns, in order, as the bureaus' forms have them. */
    static final List<String> SHEET_HEADER = List.of(
            "线索编号", "发现时间", "网站或公众号", "网址", "主体名称", "联系电话", "ICP备案号", "属地",
            "违法类型", "类别代码", "违法内容摘录", "法律依据", "审查证明文号", "证据记录", "证据SHA-256", "状态",
            "审核人", "审核意见", "派发批次", "派发时间", "处置结果");
    static Map<String, String> statsBefore;
    static String batch;
    static Instant dispatchedAround;

    static Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : List.of("stat-clues", "stat-dispatched", "stat-viewed", "stat-handled", "stat-rate")) {
            out.put(id, browser.visible(By.id(id)).getText().strip());
        }
        return out;
    }

    @Test
    @Order(6)
    void anAnalystCannotDispatchASupervisorSeesTheStatisticsBefore() {
        browser.open(ui.base + "/batches");
        assertTrue(browser.visible(By.id("error")).getText().contains(Role.SUPERVISOR.chineseName()),
                "dispatching needs a supervisor");
        assertTrue(browser.all(By.id("dispatch-button")).isEmpty());
        Ui.logout(browser);

        Ui.login(browser, ui.base, "chief", UiFixture.PASSWORD);
        browser.open(ui.base + "/stats");
        statsBefore = figures();
        assertEquals(String.valueOf(rows().size()), statsBefore.get("stat-clues"), "every clue was found today");
        assertEquals("0", statsBefore.get("stat-dispatched"));
        assertEquals("0", statsBefore.get("stat-handled"));
        assertEquals("0.0%", statsBefore.get("stat-rate"));
        browser.screenshot("08-statistics-before");
    }

    @Test
    @Order(7)
    void aSupervisorDispatchesTheConfirmedCluesOfOneJurisdiction() {
        assertEquals(3, confirmed.size(), "three clues of 杭州 were confirmed: " + confirmed);
        browser.open(ui.base + "/batches");
        assertTrue(browser.visible(By.id("batch-none")).isDisplayed(), "no batch yet");
        List<String> offered = browser.all(By.cssSelector("#dispatch-clues tr[data-number]")).stream()
                .map(e -> e.getAttribute("data-number")).sorted().toList();
        assertEquals(confirmed.stream().sorted().toList(), offered, "the confirmed clues are offered, no others");
        new Select(browser.visible(By.id("dispatch-jurisdiction"))).selectByValue(HANGZHOU);
        for (String n : confirmed) {
            browser.click(By.cssSelector("#dispatch-clues tr[data-number='" + n + "'] input[name=numbers]"));
        }
        browser.type(By.id("dispatch-comment"), DISPATCH_COMMENT);
        browser.screenshot("09-dispatch");
        dispatchedAround = Instant.now();
        browser.click(By.id("dispatch-button"));
        browser.until(d -> d.getCurrentUrl().matches(".*/batches/PF-[0-9]{4}-[0-9]+$"));
        batch = browser.visible(By.id("batch-number")).getText();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/batches/" + batch));
        assertTrue(batch.matches("PF-[0-9]{4}-[0-9]+"), batch);
        String facts = browser.driver().findElement(By.id("batch-facts")).getText();
        assertTrue(facts.contains(HANGZHOU) && facts.contains("chief") && facts.contains(DISPATCH_COMMENT), facts);
        List<String> inBatch = browser.all(By.cssSelector("#batch-clues tr[data-number]")).stream()
                .map(e -> e.getAttribute("data-number")).sorted().toList();
        assertEquals(confirmed.stream().sorted().toList(), inBatch);
        for (WebElement st : browser.all(By.cssSelector("#batch-clues td[data-status]"))) {
            assertEquals(ClueStatus.DISPATCHED.name(), st.getAttribute("data-status"));
        }
        for (String n : confirmed) {
            assertEquals(ClueStatus.DISPATCHED, status(n));
        }
        browser.screenshot("10-batch");

        browser.open(ui.base + "/batches");
        assertEquals("3", browser.visible(By.cssSelector("#batch-table tr[data-batch='" + batch + "'] td.clue-count")).getText());
        assertFalse(browser.all(By.id("dispatch-none")).isEmpty(), "nothing confirmed is left to dispatch");
    }

    @Test
    @Order(8)
    void theBatchXlsxHoldsTheDispatchedCluesCellByCell() throws IOException {
        XlsxSheet sheet = downloadBatchSheet();
        assertEquals("派发线索", sheet.name());
        assertEquals(List.of("派发线索"), sheet.sheetNames());
        assertEquals(SHEET_HEADER, sheet.header(), "header row, in order");
        assertEquals(1 + confirmed.size(), sheet.rows().size(), "a header and one row per clue");
        assertEquals(confirmed.stream().sorted().toList(),
                sheet.rows().stream().skip(1).map(r -> r.get(0)).sorted().toList());

        String first = confirmed.get(0);   // the one confirmed on its detail page, with a comment
        ClueRow clue = ui.store().clues().findRow(first).orElseThrow();
        List<String> row = sheet.row(first).orElseThrow();
        assertEquals(SHEET_HEADER.size() - 1, row.size(), "every column but the empty 处置结果: " + row);
        assertEquals(first, sheet.cell(row, "线索编号"));
        assertEquals(SHEET_TIME.format(clue.firstSeen().atZone(BEIJING)), sheet.cell(row, "发现时间"));
        assertEquals("杭州民营医院导医网", sheet.cell(row, "网站或公众号"));
        assertEquals(clue.url(), sheet.cell(row, "网址"));
        assertTrue(clue.url().startsWith("http://127.0.0.1:") && clue.url().contains("/p/00"), clue.url());
        assertEquals(clue.advertiser().orElse(""), sheet.cell(row, "主体名称"));
        assertEquals(String.join("；", clue.phones()), sheet.cell(row, "联系电话"));
        assertEquals(clue.icp().orElse(""), sheet.cell(row, "ICP备案号"));
        assertEquals("浙江省杭州市", sheet.cell(row, "属地"));
        assertEquals(Category.CURE_GUARANTEE.chineseName(), sheet.cell(row, "违法类型"));
        assertEquals("CURE_GUARANTEE", sheet.cell(row, "类别代码"));
        assertEquals(clue.excerpt(), sheet.cell(row, "违法内容摘录"));
        assertEquals(clue.basis(), sheet.cell(row, "法律依据"));
        assertFalse(sheet.cell(row, "法律依据").isBlank());
        assertEquals(clue.evidence().warcFile() + "#" + clue.evidence().recordId(), sheet.cell(row, "证据记录"));
        assertTrue(sheet.cell(row, "证据SHA-256").matches("[0-9a-f]{64}"), sheet.cell(row, "证据SHA-256"));
        assertEquals("已派发", sheet.cell(row, "状态"));
        assertEquals("analyst", sheet.cell(row, "审核人"));
        assertEquals(CONFIRM_COMMENT, sheet.cell(row, "审核意见"));
        assertEquals(batch, sheet.cell(row, "派发批次"));
        LocalDateTime at = LocalDateTime.parse(sheet.cell(row, "派发时间"), SHEET_TIME);
        Duration off = Duration.between(dispatchedAround.atZone(BEIJING).toLocalDateTime(), at).abs();
        assertTrue(off.compareTo(Duration.ofMinutes(2)) < 0, "派发时间 is Beijing time of the dispatch: " + at);
        assertEquals("", sheet.cell(row, "处置结果"), "no outcome yet");

        for (String n : confirmed.subList(1, confirmed.size())) {   // confirmed in bulk, without a comment
            List<String> r = sheet.row(n).orElseThrow();
            assertEquals("analyst", sheet.cell(r, "审核人"), n);
            assertEquals("", sheet.cell(r, "审核意见"), n);
            assertEquals(batch, sheet.cell(r, "派发批次"), n);
            assertEquals("已派发", sheet.cell(r, "状态"), n);
        }
    }

    @Test
    @Order(9)
    void aSupervisorSignsForAClueAndRecordsItsOutcome() throws IOException {
        String n = confirmed.get(0);
        browser.open(ui.base + "/clues/" + n);
        browser.click(By.id("mark-viewed"));
        browser.until(d -> d.findElement(By.id("history")).getText().contains("chief"));
        String today = LocalDate.now(BEIJING).toString();
        new Select(browser.visible(By.id("feedback-outcome"))).selectByValue("ORDERED_TO_RECTIFY");
        browser.setValue(By.id("feedback-date"), today);
        browser.type(By.id("feedback-note"), FEEDBACK_NOTE);
        browser.screenshot("11-feedback");
        browser.click(By.id("feedback-button"));
        WebElement recorded = browser.visible(By.id("feedback-recorded"));
        assertEquals("ORDERED_TO_RECTIFY", recorded.getAttribute("data-outcome"));
        assertTrue(recorded.getText().contains("责令整改") && recorded.getText().contains(FEEDBACK_NOTE)
                && recorded.getText().contains(today), recorded.getText());
        assertTrue(browser.all(By.id("feedback-button")).isEmpty(), "no second outcome form once recorded");
        browser.screenshot("12-feedback-recorded");

        // the batch page and its sheet carry the outcome now
        browser.open(ui.base + "/batches/" + batch);
        String cell = browser.visible(By.cssSelector("#batch-clues tr[data-number='" + n + "']")).getText();
        assertTrue(cell.contains("责令整改：" + FEEDBACK_NOTE), cell);
        XlsxSheet sheet = downloadBatchSheet();
        List<String> row = sheet.row(n).orElseThrow();
        assertEquals("责令整改：" + FEEDBACK_NOTE, sheet.cell(row, "处置结果"));
        assertEquals(ui.store().clues().find(n).orElseThrow().status().chineseName(), sheet.cell(row, "状态"));
        for (String other : confirmed.subList(1, confirmed.size())) {
            assertEquals("", sheet.cell(sheet.row(other).orElseThrow(), "处置结果"), other);
        }
    }

    @Test
    @Order(10)
    void theStatisticsCountTheDispatchAndTheOutcome() {
        browser.open(ui.base + "/stats");
        Map<String, String> after = figures();
        assertEquals(statsBefore.get("stat-clues"), after.get("stat-clues"), "no new clues");
        assertEquals("3", after.get("stat-dispatched"));
        assertEquals("1", after.get("stat-viewed"));
        assertEquals("1", after.get("stat-handled"));
        assertEquals("33.3%", after.get("stat-rate"));
        String byStatus = browser.driver().findElement(By.id("stats-by-status")).getText();
        assertTrue(byStatus.contains(ClueStatus.DISPATCHED.chineseName()), byStatus);
        assertFalse(browser.all(By.cssSelector("svg#chart-days rect[data-value]")).isEmpty(), "the day chart is drawn");
        LocalDate today = LocalDate.now(BEIJING);
        Hostile.assertNothingRan(browser, title("统计 " + today.minusDays(29) + " 至 " + today));  // the last 30 days
        browser.screenshot("13-statistics-after");
    }

    /** Clicks the batch page's xlsx link, waits for the file, reads it back and removes it. */
    static XlsxSheet downloadBatchSheet() throws IOException {
        browser.open(ui.base + "/batches/" + batch);
        browser.click(By.id("download-xlsx"));
        Path file = browser.awaitDownload(".xlsx", Duration.ofSeconds(30));
        assertEquals(batch + ".xlsx", file.getFileName().toString());
        try {
            return XlsxSheet.read(file);
        } finally {
            Files.delete(file);
        }
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
