package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import java.util.Optional;
import org.medadwatch.schedule.ScanRun;
import org.medadwatch.schedule.ScheduleStatus;
import org.medadwatch.store.Scan;

/**
 * One line over the clue list on how fresh it is: the last finished scan, the next scheduled
 * one, and whether one is running now. Times on the UI's clock ({@link Layout#ZONE}).
 */
final class ScanStatusLine {
    private ScanStatusLine() {
    }

    static Html render(Optional<Scan> lastFinished, ScheduleStatus schedule) {
        Html.Tag line = tag("p").id("scan-status").cls("note");
        line.add(tag("span").id("scan-last").add(lastFinished
                .map(s -> "上次扫描：" + s.finished().map(Layout::time).orElse("") + " 完成，页面 " + s.pagesRecorded()
                        + " 个，新线索 " + s.cluesNew() + " 条。")
                .orElse("尚无完成的扫描。")));
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
}
