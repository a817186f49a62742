package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.review.BatchRow;

/** 派发, 签收/反馈, 逾期 and 统计 over HTTP, as a supervisor would use them. */
class DispatchFlowTest {
    private static final Pattern BATCH = Pattern.compile("PF-[0-9]{4}-[0-9]{4}");
    @TempDir
    Path dir;
    WebFixture f;

    @AfterEach
    void stop() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    private WebFixture start() throws Exception {
        return start(WebConfig.defaults().withPort(0), Clock.systemUTC());
    }

    private WebFixture start(WebConfig config, Clock serviceClock) throws Exception {
        f = new WebFixture(dir, config, serviceClock);
        return f;
    }

    /** Confirms both clues, the hostile one moved to 330100 first; returns the supervisor's client. */
    private WebClient confirmBoth() throws Exception {
        WebClient ana = f.loggedIn("ana");
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        String hostile = f.clueOf(WebFixture.HOSTILE_URL);
        assertEquals(303, ana.post("/clues/" + hostile + "/jurisdiction", "_csrf", ana.csrf(), "jurisdiction", "330100").statusCode());
        assertEquals(303, ana.post("/clues/bulk", "_csrf", ana.csrf(), "numbers", plain, "numbers", hostile,
                "action", "confirm").statusCode());
        return f.loggedIn("sup");
    }

    /** Dispatches both to 330100 through the form; returns the batch number. */
    private String dispatchBoth(WebClient sup) throws Exception {
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        String hostile = f.clueOf(WebFixture.HOSTILE_URL);
        HttpResponse<String> page = sup.get("/batches");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"dispatch\""), page.body());
        assertTrue(page.body().contains("value=\"" + plain + "\""), page.body());
        HttpResponse<String> r = sup.post("/batches", "_csrf", sup.csrf(), "jurisdiction", "330100",
                "numbers", plain, "numbers", hostile, "comment", "请核查");
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        Matcher m = BATCH.matcher(location);
        assertTrue(m.find(), location);
        return m.group();
    }

    @Test
    void supervisorDispatchesConfirmedCluesAndSeesTheBatch() throws Exception {
        start();
        WebClient sup = confirmBoth();
        String no = dispatchBoth(sup);
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        assertEquals(ClueStatus.DISPATCHED, f.store.clues().expect(plain).status());
        assertEquals(ClueStatus.DISPATCHED, f.store.clues().expect(f.clueOf(WebFixture.HOSTILE_URL)).status());
        List<ClueEvent> events = f.store.clues().events(plain);
        assertEquals("sup", events.get(events.size() - 1).actor());

        HttpResponse<String> batch = sup.get("/batches/" + no);
        assertEquals(200, batch.statusCode());
        assertTrue(batch.body().contains("<span id=\"batch-number\">" + no + "</span>"), batch.body());
        assertTrue(batch.body().contains("data-number=\"" + plain + "\""), batch.body());
        assertTrue(batch.body().contains("id=\"download-xlsx\" href=\"/batches/" + no + "/sheet.xlsx\""), batch.body());
        HttpResponse<String> list = sup.get("/batches");
        assertTrue(list.body().contains("data-batch=\"" + no + "\""), list.body());
        assertTrue(list.body().contains("<td class=\"clue-count\">2</td>"), list.body());
        // dispatched clues are no longer offered
        assertFalse(list.body().contains("value=\"" + plain + "\""), list.body());
    }

    @Test
    void hostileTextIsEscapedOnTheBatchAndOverduePages() throws Exception {
        start(WebConfig.defaults().withPort(0), Clock.offset(Clock.systemUTC(), Duration.ofDays(-20)));
        WebClient sup = confirmBoth();
        String no = dispatchBoth(sup);
        for (String path : List.of("/batches/" + no, "/overdue", "/batches")) {
            String body = sup.get(path).body();
            assertFalse(body.contains(WebFixture.SCRIPT), path + ": " + body);
            assertFalse(body.contains(WebFixture.IMG), path + ": " + body);
            assertFalse(body.contains("<script>"), path);
        }
        assertTrue(sup.get("/overdue").body().contains("&lt;script&gt;"));
        assertTrue(sup.get("/batches/" + no).body().contains("&lt;script&gt;"));
    }

    @Test
    void analystCannotDispatchNorSeeBatches() throws Exception {
        start();
        WebClient sup = confirmBoth();
        WebClient ana = f.loggedIn("ana");
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        assertEquals(403, ana.post("/batches", "_csrf", ana.csrf(), "jurisdiction", "330100", "numbers", plain).statusCode());
        assertEquals(403, ana.get("/batches").statusCode());
        assertEquals(403, ana.get("/overdue").statusCode());
        assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(plain).status());
        assertEquals(200, sup.get("/batches").statusCode());
    }

    @Test
    void dispatchWithoutCsrfIsRefusedAndChangesNothing() throws Exception {
        start();
        WebClient sup = confirmBoth();
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        assertEquals(403, sup.post("/batches", "jurisdiction", "330100", "numbers", plain).statusCode());
        assertEquals(403, sup.post("/batches", "_csrf", "forged", "jurisdiction", "330100", "numbers", plain).statusCode());
        assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(plain).status());
        assertTrue(new org.medadwatch.review.DispatchService(f.store, Clock.systemUTC()).batches().isEmpty());
    }

    @Test
    void refusedDispatchShowsTheErrorAndChangesNothing() throws Exception {
        start();
        WebClient sup = confirmBoth();
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        HttpResponse<String> r = sup.post("/batches", "_csrf", sup.csrf(), "jurisdiction", "110000", "numbers", plain);
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("id=\"error\""), r.body());
        assertTrue(r.body().contains(plain), r.body());
        HttpResponse<String> none = sup.post("/batches", "_csrf", sup.csrf(), "jurisdiction", "330100");
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("id=\"error\""), none.body());
        assertEquals(ClueStatus.CONFIRMED, f.store.clues().expect(plain).status());
    }

    @Test
    void batchSheetsDownloadAsXlsxAndBomCsv() throws Exception {
        start();
        WebClient sup = confirmBoth();
        String no = dispatchBoth(sup);
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        HttpResponse<byte[]> x = sup.getBytes("/batches/" + no + "/sheet.xlsx");
        assertEquals(200, x.statusCode());
        assertEquals(DispatchController.XLSX, x.headers().firstValue("Content-Type").orElse(""));
        String disposition = x.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment") && disposition.contains(no + ".xlsx"), disposition);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            for (int col = 0; col < BatchRow.HEADER.size(); col++) {
                assertEquals(BatchRow.HEADER.get(col), rows.get(0).getCellText(col), "header column " + col);
            }
            int numberCol = BatchRow.HEADER.indexOf("线索编号");
            assertTrue(numberCol >= 0, BatchRow.HEADER.toString());
            assertTrue(rows.stream().skip(1).anyMatch(r -> plain.equals(r.getCellText(numberCol))));
            assertEquals(3, rows.size());
        }
        HttpResponse<byte[]> csv = sup.getBytes("/batches/" + no + "/sheet.csv");
        assertEquals(200, csv.statusCode());
        byte[] b = csv.body();
        assertEquals((byte) 0xEF, b[0]);
        assertEquals((byte) 0xBB, b[1]);
        assertEquals((byte) 0xBF, b[2]);
        assertTrue(new String(b, StandardCharsets.UTF_8).contains(plain));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(no + ".csv"));
        assertEquals(404, sup.get("/batches/PF-1999-0001").statusCode());
    }

    @Test
    void markViewedAndFeedbackRecordTheOutcomeAndMoveTheStats() throws Exception {
        start();
        WebClient sup = confirmBoth();
        String today = LocalDate.now(Layout.ZONE).toString();
        String stats = "/stats?from=2026-01-01&to=" + today;
        String before = sup.get(stats).body();
        assertTrue(before.contains("<td id=\"stat-dispatched\">0</td>"), before);
        String no = dispatchBoth(sup);
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        String mid = sup.get(stats).body();
        assertTrue(mid.contains("<td id=\"stat-dispatched\">2</td>"), mid);
        assertTrue(mid.contains("<td id=\"stat-handled\">0</td>"), mid);
        assertTrue(mid.contains("<td id=\"stat-rate\">0.0%</td>"), mid);

        HttpResponse<String> detail = sup.get("/clues/" + plain);
        assertTrue(detail.body().contains("id=\"mark-viewed\""), detail.body());
        assertTrue(detail.body().contains("id=\"feedback-outcome\""), detail.body());
        assertEquals(303, sup.post("/clues/" + plain + "/viewed", "_csrf", sup.csrf()).statusCode());
        assertTrue(f.store.clues().events(plain).stream().anyMatch(e -> e.action().equals("viewed") && e.actor().equals("sup")));
        assertEquals(303, sup.post("/clues/" + plain + "/feedback", "_csrf", sup.csrf(), "outcome", "TAKEN_DOWN",
                "note", "已责令删除", "date", today).statusCode());
        assertEquals(ClueStatus.FEEDBACK, f.store.clues().expect(plain).status());
        HttpResponse<String> after = sup.get("/clues/" + plain);
        assertTrue(after.body().contains("id=\"feedback-recorded\""), after.body());
        assertTrue(after.body().contains("已下架") && after.body().contains("已责令删除"), after.body());
        assertFalse(after.body().contains("id=\"feedback-button\""), after.body());

        String end = sup.get(stats).body();
        assertTrue(end.contains("<td id=\"stat-handled\">1</td>"), end);
        assertTrue(end.contains("<td id=\"stat-viewed\">1</td>"), end);
        assertTrue(end.contains("<td id=\"stat-rate\">50.0%</td>"), end);
        assertTrue(end.contains("<svg id=\"chart-days\""), end);
        assertTrue(end.contains("<svg id=\"chart-categories\""), end);
        assertTrue(end.contains("id=\"download-stats\" href=\"/stats.xlsx?from=2026-01-01&amp;to=" + today + "\""), end);
        HttpResponse<byte[]> x = sup.getBytes("/stats.xlsx?from=2026-01-01&to=" + today);
        assertEquals(200, x.statusCode());
        assertEquals(DispatchController.XLSX, x.headers().firstValue("Content-Type").orElse(""));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.body()))) {
            assertTrue(wb.getFirstSheet().read().size() > 1);
        }
        // a second outcome is refused, the batch page shows the recorded one
        assertEquals(409, sup.post("/clues/" + plain + "/feedback", "_csrf", sup.csrf(), "outcome", "FILED",
                "date", today).statusCode());
        assertTrue(sup.get("/batches/" + no).body().contains("已下架"));
        assertEquals(400, sup.get("/stats?from=2026-13-01").statusCode());
    }

    @Test
    void feedbackWithoutCsrfOrByAnAnalystChangesNothing() throws Exception {
        start();
        WebClient sup = confirmBoth();
        dispatchBoth(sup);
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        String today = LocalDate.now(Layout.ZONE).toString();
        assertEquals(403, sup.post("/clues/" + plain + "/feedback", "outcome", "FILED", "date", today).statusCode());
        WebClient ana = f.loggedIn("ana");
        assertEquals(403, ana.post("/clues/" + plain + "/feedback", "_csrf", ana.csrf(), "outcome", "FILED",
                "date", today).statusCode());
        assertEquals(403, ana.post("/clues/" + plain + "/viewed", "_csrf", ana.csrf()).statusCode());
        assertFalse(ana.get("/clues/" + plain).body().contains("id=\"feedback\""));
        assertEquals(ClueStatus.DISPATCHED, f.store.clues().expect(plain).status());
    }

    @Test
    void overdueListsDispatchedCluesPastTheConfiguredDays() throws Exception {
        // dispatched 20 days ago (the services' clock), overdue after 15: 5 days and a started one = 6
        start(WebConfig.defaults().withPort(0).withOverdueDays(15), Clock.offset(Clock.systemUTC(), Duration.ofDays(-20)));
        WebClient sup = confirmBoth();
        dispatchBoth(sup);
        String plain = f.clueOf(WebFixture.PLAIN_URL);
        assertEquals(303, sup.post("/clues/" + plain + "/viewed", "_csrf", sup.csrf()).statusCode());
        String body = sup.get("/overdue").body();
        Matcher row = Pattern.compile("<tr data-number=\"" + Pattern.quote(plain) + "\" data-reason=\"NOT_HANDLED\">.*?</tr>")
                .matcher(body);
        assertTrue(row.find(), body);
        assertTrue(row.group().contains("未处置") && row.group().contains("<td class=\"days\">6</td>"), row.group());
        String hostile = f.clueOf(WebFixture.HOSTILE_URL);
        assertTrue(body.contains("<tr data-number=\"" + hostile + "\" data-reason=\"NOT_VIEWED\">"), body);
        assertTrue(body.contains("未签收"), body);
    }

    @Test
    void overdueDaysComeFromTheConfig() throws Exception {
        start(WebConfig.defaults().withPort(0).withOverdueDays(30), Clock.offset(Clock.systemUTC(), Duration.ofDays(-20)));
        WebClient sup = confirmBoth();
        dispatchBoth(sup);
        String body = sup.get("/overdue").body();
        assertTrue(body.contains("id=\"overdue-none\""), body);
        assertTrue(body.contains("超过 30 天"), body);
    }
}
