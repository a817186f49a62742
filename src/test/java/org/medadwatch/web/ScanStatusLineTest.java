package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medadwatch.schedule.DailyScanTime;
import org.medadwatch.schedule.ScanRun;
import org.medadwatch.schedule.ScheduleStatus;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanStatus;

class ScanStatusLineTest {
    private static final Instant FINISHED = Instant.parse("2026-11-30T18:31:00Z");  // 02:31 in Shanghai
    private static final Scan LAST = new Scan(7, FINISHED.minusSeconds(1860), Optional.of(FINISHED), "seeds.csv",
            ScanStatus.FINISHED, 340, 20, 320, 9, 0, 5, 0, 0, Optional.empty());

    @Test
    void showsLastScanNextScanAndRunningScanInShanghaiTime() {
        ScheduleStatus status = new ScheduleStatus(Optional.of(DailyScanTime.defaults()),
                Optional.of(Instant.parse("2026-12-01T18:00:00Z")), Optional.of(Instant.parse("2026-12-01T03:15:00Z")),
                Optional.empty());
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(), status).toString();
        assertTrue(html.startsWith("<p id=\"scan-status\""), html);
        assertTrue(html.contains("<span id=\"scan-last\">上次扫描：2026-12-01 02:31 完成，页面 340 个，新线索 5 条。</span>"), html);
        assertTrue(html.contains("<span id=\"scan-running\">正在扫描（2026-12-01 11:15 开始）。</span>"), html);
        assertTrue(html.contains("<span id=\"scan-next\">下次扫描：2026-12-02 02:00（每日 02:00，Asia/Shanghai）。</span>"), html);
        assertFalse(html.contains("scan-failed"), html);
    }

    @Test
    void withoutScheduleOrScansSaysSo() {
        String html = ScanStatusLine.render(Optional.empty(), Optional.empty(), ScheduleStatus.off()).toString();
        assertTrue(html.contains("尚无完成的扫描。") && html.contains("未设置定时扫描。"), html);
        assertFalse(html.contains("scan-running"), html);
    }

    @Test
    void failureMessageIsShownEscaped() {
        ScanRun failed = new ScanRun(ScanRun.Result.FAILED, FINISHED, FINISHED, FINISHED.plusSeconds(60), Optional.empty(),
                Optional.of("http://evil.example/<script>alert(1)</script>"));
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.empty(), new ScheduleStatus(Optional.of(DailyScanTime.defaults()),
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
        String html = ScanStatusLine.render(Optional.of(LAST), Optional.of(failed), status).toString();
        assertTrue(html.contains("<span id=\"scan-last-failed\" class=\"error\">最近一次扫描失败（2026-12-02 02:31）："
                + "所有抓取均失败（3 个地址）&lt;b&gt;，不计为完成的扫描，定时任务将重试。</span>"), html);
        assertTrue(html.contains("上次扫描：2026-12-01 02:31 完成"), "the last good scan is still named: " + html);

        String older = ScanStatusLine.render(Optional.of(LAST), Optional.of(new Scan(6, FINISHED.minusSeconds(90_000),
                Optional.of(FINISHED.minusSeconds(86_400)), "seeds.csv", ScanStatus.FAILED, 0, 0, 0, 0, 0, 0, 0, 0,
                Optional.of("所有抓取均失败（3 个地址）"))), ScheduleStatus.off()).toString();
        assertFalse(older.contains("scan-last-failed"), "a failure before the last finished scan is old news: " + older);
    }
}
