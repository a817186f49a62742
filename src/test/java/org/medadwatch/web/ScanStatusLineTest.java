package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
import org.medadwatch.schedule.DailyScanTime;
import org.medadwatch.schedule.ScanRun;
import org.medadwatch.schedule.ScheduleStatus;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanProgress;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Timestamps;

class ScanStatusLineTest {
    private static final Instant FINISHED = Instant.parse("2026-11-30T18:31:00Z");  // 02:31 in Shanghai
    private static final Scan LAST = new Scan(7, FINISHED.minusSeconds(1860), Optional.of(FINISHED), "seeds.csv",
            ScanStatus.FINISHED, 340, 20, 320, 9, 0, 5, 0, 0, Optional.empty());

    private static final Instant NOW = Instant.parse("2026-12-01T18:20:00Z");  // 02:20 in Shanghai, a day after LAST

    /** The line with no scan left RUNNING in the store. */
    private static Html line(Optional<Scan> lastFinished, Optional<Scan> lastFailed, ScheduleStatus schedule) {
        return ScanStatusLine.render(lastFinished, lastFailed, Optional.empty(), schedule, NOW);
    }

    /** Scan 8, started at 02:00 Shanghai the day after LAST, still RUNNING in the store, without heartbeat (before V10). */
    private static ScanProgress running(String seeds, int pages, Optional<Instant> lastPage) {
        return beating(seeds, pages, lastPage, Optional.empty());
    }

    /** Scan 8 as {@link #running}, with its heartbeat. */
    private static ScanProgress beating(String seeds, int pages, Optional<Instant> lastPage, Optional<Instant> heartbeat) {
        return new ScanProgress(new Scan(8, Instant.parse("2026-12-01T18:00:00Z"), Optional.empty(), seeds,
                ScanStatus.RUNNING, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty()), pages, lastPage, heartbeat);
    }

    @Test
    void showsLastScanNextScanAndRunningScanInShanghaiTime() {
        ScheduleStatus status = new ScheduleStatus(Optional.of(DailyScanTime.defaults()),
                Optional.of(Instant.parse("2026-12-01T18:00:00Z")), Optional.of(Instant.parse("2026-12-01T03:15:00Z")),
                Optional.empty());
        String html = line(Optional.of(LAST), Optional.empty(), status).toString();
        assertTrue(html.startsWith("<p id=\"scan-status\""), html);
        assertTrue(html.contains("<span id=\"scan-last\">上次扫描：2026-12-01 02:31 完成，页面 340 个，新线索 5 条。</span>"), html);
        assertTrue(html.contains("<span id=\"scan-running\">正在扫描（2026-12-01 11:15 开始）。</span>"), html);
        assertTrue(html.contains("<span id=\"scan-next\">下次扫描：2026-12-02 02:00（每日 02:00，Asia/Shanghai）。</span>"), html);
        assertFalse(html.contains("scan-failed"), html);
    }

    @Test
    void withoutScheduleOrScansSaysSo() {
        String html = line(Optional.empty(), Optional.empty(), ScheduleStatus.off()).toString();
        assertTrue(html.contains("尚无完成的扫描。") && html.contains("未设置定时扫描。"), html);
        assertFalse(html.contains("scan-running"), html);
    }

    @Test
    void failureMessageIsShownEscaped() {
        ScanRun failed = new ScanRun(ScanRun.Result.FAILED, FINISHED, FINISHED, FINISHED.plusSeconds(60), Optional.empty(),
                Optional.of("http://evil.example/<script>alert(1)</script>"));
        String html = line(Optional.of(LAST), Optional.empty(), new ScheduleStatus(Optional.of(DailyScanTime.defaults()),
                Optional.empty(), Optional.empty(), Optional.of(failed))).toString();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;；下次扫描将续扫。"), html);
        assertEquals(1, html.split("id=\"scan-failed\"", -1).length - 1);
    }

    @Test
    void aScanThatFailedSinceTheLastFinishedOneIsShownEscaped() {
        Instant ended = FINISHED.plusSeconds(86_400);  // 2026-12-02 02:31
        Scan failed = new Scan(8, ended.minusSeconds(30), Optional.of(ended), "seeds.csv", ScanStatus.FAILED, 0, 0, 0, 0, 0, 0,
                0, 0, Optional.of("所有抓取均失败（3 个地址）<b>"));
        ScheduleStatus status = new ScheduleStatus(Optional.of(DailyScanTime.defaults()), Optional.empty(), Optional.empty(),
                Optional.empty());
        String html = line(Optional.of(LAST), Optional.of(failed), status).toString();
        assertTrue(html.contains("<span id=\"scan-last-failed\" class=\"error\">最近一次扫描失败（2026-12-02 02:31）："
                + "所有抓取均失败（3 个地址）&lt;b&gt;，不计为完成的扫描，定时任务将重试。</span>"), html);
        assertTrue(html.contains("上次扫描：2026-12-01 02:31 完成"), "the last good scan is still named: " + html);

        String older = line(Optional.of(LAST), Optional.of(new Scan(6, FINISHED.minusSeconds(90_000),
                Optional.of(FINISHED.minusSeconds(86_400)), "seeds.csv", ScanStatus.FAILED, 0, 0, 0, 0, 0, 0, 0, 0,
                Optional.of("所有抓取均失败（3 个地址）"))), ScheduleStatus.off()).toString();
        assertFalse(older.contains("scan-last-failed"), "a failure before the last finished scan is old news: " + older);
    }

    @Test
    void aScanAnotherProcessRunsWithoutHeartbeatShowsFromTheStoreWithItsPages() {
        ScanProgress storing = running("seeds.csv", 42, Optional.of(NOW.minusSeconds(5)));
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(), Optional.of(storing), ScheduleStatus.off(),
                NOW).toString();
        assertTrue(html.contains("<span id=\"scan-running\">扫描进行中（seeds.csv）：开始于 2026-12-02 02:00，已记录 42 个页面。</span>"),
                html);
        assertTrue(html.contains("上次扫描：2026-12-01 02:31 完成") && html.contains("未设置定时扫描。"), html);
        assertFalse(html.contains("scan-unfinished"), html);

        Instant oneMinuteIn = storing.scan().started().plusSeconds(60);
        String justStarted = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(running("seeds.csv", 0, Optional.empty())), ScheduleStatus.off(), oneMinuteIn).toString();
        assertTrue(justStarted.contains("<span id=\"scan-running\">扫描进行中（seeds.csv）：开始于 2026-12-02 02:00，已记录 0 个页面。"),
                "a scan a minute old that stored no page yet is running: " + justStarted);
    }

    @Test
    void aRunningRowWithoutHeartbeatThatStoredNoPageLatelyIsWordedAsUnfinished() {
        Instant lastPage = NOW.minus(ScanStatusLine.QUIET).minusSeconds(1);  // 02:09:59
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(running("seeds.csv", 42, Optional.of(lastPage))), ScheduleStatus.off(), NOW).toString();
        assertTrue(html.contains("<span id=\"scan-unfinished\">最近一次扫描（seeds.csv）开始于 2026-12-02 02:00，"
                + "尚未结束（正在进行或已中断）：已记录 42 个页面，最近一个页面抓取于 2026-12-02 02:09。若已中断，下次扫描将续扫。</span>"),
                html);
        assertFalse(html.contains("scan-running"), html);

        String noPage = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(running("seeds.csv", 0, Optional.empty())), ScheduleStatus.off(), NOW).toString();
        assertTrue(noPage.contains("开始于 2026-12-02 02:00，尚未结束（正在进行或已中断）：尚未记录页面。若已中断，下次扫描将续扫。"),
                noPage);

        String atTheEdge = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(running("seeds.csv", 42, Optional.of(NOW.minus(ScanStatusLine.QUIET)))), ScheduleStatus.off(),
                NOW).toString();
        assertTrue(atTheEdge.contains("scan-running") && !atTheEdge.contains("scan-unfinished"), atTheEdge);
    }

    @Test
    void aFreshHeartbeatIsRunningHoweverLongItsLastPageWasAgo() {
        Instant edge = NOW.minus(ScanStatusLine.HEARTBEAT_STALE);
        for (Instant heartbeat : List.of(NOW.minusSeconds(20), edge)) {
            String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                    Optional.of(beating("seeds.csv", 42, Optional.of(NOW.minus(ScanStatusLine.QUIET).minusSeconds(60)),
                            Optional.of(heartbeat))), ScheduleStatus.off(), NOW).toString();
            assertTrue(html.contains("<span id=\"scan-running\">扫描进行中（seeds.csv）：开始于 2026-12-02 02:00，已记录 42 个页面。</span>"),
                    "heartbeat " + heartbeat + ": " + html);
            assertFalse(html.contains("scan-unfinished") || html.contains("scan-interrupted"), html);
        }
    }

    @Test
    void aStaleHeartbeatIsAnInterruptedScanEvenWithARecentPage() {
        Instant heartbeat = Instant.parse("2026-12-01T18:15:00Z");  // 02:15, five minutes before NOW
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(beating("seeds.csv", 42, Optional.of(heartbeat.minusSeconds(10)), Optional.of(heartbeat))),
                ScheduleStatus.off(), NOW).toString();
        assertTrue(html.contains("<span id=\"scan-interrupted\">最近一次扫描（seeds.csv）开始于 2026-12-02 02:00，"
                + "已中断（最后心跳 2026-12-02 02:15，已记录 42 个页面）；下次扫描将续扫。</span>"), html);
        assertFalse(html.contains("scan-running") || html.contains("scan-unfinished"),
                "a page five minutes old is within QUIET, but the heartbeat decides: " + html);

        String justPast = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(beating("seeds.csv", 0, Optional.empty(),
                        Optional.of(NOW.minus(ScanStatusLine.HEARTBEAT_STALE).minusMillis(1)))),
                ScheduleStatus.off(), NOW).toString();
        assertTrue(justPast.contains("，已中断（最后心跳 2026-12-02 02:17，已记录 0 个页面）；下次扫描将续扫。"), justPast);
    }

    @Test
    void aStaleHeartbeatOfAScanThisProcessRunsIsStillRunning() {
        ScheduleStatus status = new ScheduleStatus(Optional.of(DailyScanTime.defaults()), Optional.empty(),
                Optional.of(NOW.minusSeconds(1_200)), Optional.empty());
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(beating("seeds.csv", 42, Optional.empty(), Optional.of(NOW.minusSeconds(600)))), status,
                NOW).toString();
        assertTrue(html.contains("<span id=\"scan-running\">扫描进行中（seeds.csv）：开始于 2026-12-02 02:00，已记录 42 个页面。</span>"),
                html);
        assertFalse(html.contains("scan-interrupted"), html);
    }

    @Test
    void aScanThisProcessRunsIsRunningHoweverLongItsLastPageWasAgoAndShownOnce() {
        ScheduleStatus status = new ScheduleStatus(Optional.of(DailyScanTime.defaults()), Optional.empty(),
                Optional.of(NOW.minusSeconds(3_600)), Optional.empty());
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(),
                Optional.of(running("seeds.csv", 42, Optional.of(NOW.minusSeconds(3_000)))), status, NOW).toString();
        assertTrue(html.contains("<span id=\"scan-running\">扫描进行中（seeds.csv）：开始于 2026-12-02 02:00，已记录 42 个页面。</span>"),
                html);
        assertEquals(1, html.split("id=\"scan-running\"", -1).length - 1, html);
        assertFalse(html.contains("scan-unfinished"), html);
    }

    @Test
    void theStoresTextIsShownEscaped() {
        String seeds = "<img src=x onerror=alert(1)>&\"'.csv";
        List<ScanProgress> shown = List.of(running(seeds, 1, Optional.of(NOW)), running(seeds, 1, Optional.empty()),
                beating(seeds, 1, Optional.empty(), Optional.of(NOW)),
                beating(seeds, 1, Optional.empty(), Optional.of(NOW.minusSeconds(3_600))));
        for (ScanProgress progress : shown) {
            String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(), Optional.of(progress),
                    ScheduleStatus.off(), NOW).toString();
            assertFalse(html.contains("<img"), html);
            assertTrue(html.contains("（&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;.csv）"), html);
        }
    }

    @Test
    void seedListsAreNamedByFileNotByServerPath() {
        assertEquals("campaign-2026.csv，accounts.csv",
                ScanStatusLine.seedNames("/srv/medadwatch/seeds/campaign-2026.csv,C:\\seeds\\accounts.csv"));
        assertEquals("seeds.csv", ScanStatusLine.seedNames("seeds.csv"));
    }

    @Test
    void aScanThatEndedLaterReplacesTheRunningRow() {
        Instant ended = NOW.plusSeconds(60);
        Scan later = new Scan(9, NOW, Optional.of(ended), "seeds.csv", ScanStatus.FINISHED, 50, 10, 40, 1, 0, 1, 0, 0,
                Optional.empty());
        ScanProgress stale = running("seeds.csv", 42, Optional.of(NOW));
        String html = ScanStatusLine.render(Optional.of(later), Optional.empty(), Optional.of(stale), ScheduleStatus.off(),
                ended).toString();
        assertTrue(html.contains("<span id=\"scan-last\">上次扫描：2026-12-02 02:21 完成，页面 50 个，新线索 1 条。</span>"), html);
        assertFalse(html.contains("scan-running") || html.contains("scan-unfinished"), html);

        Scan failedLater = new Scan(9, NOW, Optional.of(ended), "seeds.csv", ScanStatus.FAILED, 0, 0, 0, 0, 0, 0, 0, 0,
                Optional.of("所有抓取均失败（3 个地址）"));
        String afterFailure = ScanStatusLine.render(Optional.of(LAST), Optional.of(failedLater), Optional.of(stale),
                ScheduleStatus.off(), ended).toString();
        assertTrue(afterFailure.contains("scan-last-failed"), afterFailure);
        assertFalse(afterFailure.contains("scan-running") || afterFailure.contains("scan-unfinished"), afterFailure);
    }

    @Test
    void theClueListReadsAScanAnotherProcessRunsFromTheStore(@TempDir Path dir) throws Exception {
        try (WebFixture f = new WebFixture(dir)) {
            WebClient c = f.loggedIn("ana");
            long cron = f.store.scans().start("cron<b>.csv");  // as a separate `scan` process would
            String running = c.get("/clues").body();
            assertTrue(running.contains("<span id=\"scan-running\">扫描进行中（cron&lt;b&gt;.csv）：开始于 "), running);
            assertTrue(running.contains("，已记录 0 个页面。</span>"), running);

            f.store.transaction(db -> {  // its process killed five minutes ago
                try (var ps = db.prepareStatement("UPDATE scans SET heartbeat = ? WHERE id = ?")) {
                    ps.setString(1, Timestamps.format(Instant.now().minusSeconds(300)));
                    ps.setLong(2, cron);
                    return ps.executeUpdate();
                }
            });
            String interrupted = c.get("/clues").body();
            assertTrue(interrupted.contains("<span id=\"scan-interrupted\">最近一次扫描（cron&lt;b&gt;.csv）开始于 "), interrupted);
            assertFalse(interrupted.contains("scan-running"), interrupted);

            f.store.scans().finish(cron, ScanStatus.FINISHED);
            String done = c.get("/clues").body();
            assertFalse(done.contains("scan-running") || done.contains("scan-unfinished"), done);
            assertTrue(done.contains("<span id=\"scan-last\">上次扫描："), done);
        }
    }
}
