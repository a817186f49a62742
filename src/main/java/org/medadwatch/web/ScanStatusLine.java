package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import java.util.Optional;
import org.medadwatch.schedule.ScanRun;
import org.medadwatch.schedule.ScheduleStatus;
import org.medadwatch.store.Scan;

/**
 * One line over the clue list on how fresh it is: the last finished scan, a scan that failed
 * since (nothing answered: the list is not as fresh as it looks), the next scheduled one, and
 * whether one is running now. Times on the UI's clock ({@link Layout#ZONE}).
 */
final class ScanStatusLine {
    private ScanStatusLine() {
    }

    static Html render(Optional<Scan> lastFinished, Optional<Scan> lastFailed, ScheduleStatus schedule) {
        Html.Tag line = tag("p").id("scan-status").cls("note");
        line.add(tag("span").id("scan-last").add(lastFinished
                .map(s -> "上次扫描：" + s.finished().map(Layout::time).orElse("") + " 完成，页面 " + s.pagesRecorded()
                        + " 个，新线索 " + s.cluesNew() + " 条。")
                .orElse("尚无完成的扫描。")));
        lastFailed.filter(f -> failedSince(f, lastFinished)).ifPresent(f ->
                line.add(" ", tag("span").id("scan-last-failed").cls("error").add("最近一次扫描失败（"
                        + f.finished().map(Layout::time).orElse("") + "）：" + f.failure().orElse("")
                        + "，不计为完成的扫描" + (schedule.scheduled() ? "，定时任务将重试。" : "。"))));
        schedule.runningSince().ifPresent(t ->
                line.add(" ", tag("span").id("scan-running").add("正在扫描（" + Layout.time(t) + " 开始）。")));
        line.add(" ", tag("span").id("scan-next").add(schedule.time()
                .map(time -> "下次扫描：" + schedule.nextScan().map(Layout::time).orElse("—") + "（每日 " + time.at()
                        + "，" + time.zone().getId() + "）。")
                .orElse("未设置定时扫描。")));
        schedule.lastRun().filter(r -> r.result() == ScanRun.Result.FAILED).ifPresent(r ->
                line.add(" ", tag("span").id("scan-failed").cls("error").add("上次定时扫描失败（" + Layout.time(r.ended())
                        + "）：" + r.failure().orElse("") + "；下次扫描将续扫。")));
        return line.build();
    }

    /** A FAILED scan that ended after the last finished one: one from before is old news. */
    private static boolean failedSince(Scan failed, Optional<Scan> lastFinished) {
        return failed.failed() && failed.finished().isPresent() && lastFinished.flatMap(Scan::finished)
                .map(done -> failed.finished().get().isAfter(done)).orElse(true);
    }
}
