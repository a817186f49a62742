package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.medadwatch.schedule.ScanRun;
import org.medadwatch.schedule.ScheduleStatus;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanProgress;

/**
 * One line over the clue list on how fresh it is: the last finished scan, a scan that failed
 * since (nothing answered: the list is not as fresh as it looks), the next scheduled one, and
 * whether one is running now. Times on the UI's clock ({@link Layout#ZONE}).
 *
 * <p>A scan under way is read from the store, so that one run by a separate {@code scan} process
 * (a cron job beside {@code serve}) shows too. A killed process leaves its scan RUNNING, so a
 * RUNNING row alone does not say the scan is alive; its heartbeat does (migration V10). A scan is
 * called running when this process runs it ({@link ScheduleStatus#runningSince()}) or its
 * heartbeat is within {@link #HEARTBEAT_STALE}; with an older heartbeat it was interrupted. A
 * RUNNING row from before V10 has no heartbeat: it is called running when it stored a page
 * fetched within {@link #QUIET}, otherwise the line says only that it started and has not ended,
 * which may be either.
 */
final class ScanStatusLine {
    private ScanStatusLine() {
    }

    /**
     * How long a RUNNING scan may go without storing a page and still be called running. A live
     * crawl stores pages every few seconds; a gap this long means a stalled or killed process,
     * or a very slow host (a resumed scan re-indexing first also stores none for a while).
     */
    static final Duration QUIET = Duration.ofMinutes(10);

    /**
     * How old a RUNNING scan's heartbeat may be and the scan still be called running: three of
     * its process's 30-second beats ({@code org.medadwatch.scan.ScanHeartbeat}) plus a beat that
     * waited out the store's 15-second busy timeout, rounded up. An older heartbeat means the
     * process is gone.
     */
    static final Duration HEARTBEAT_STALE = Duration.ofMinutes(2);

    /**
     * @param unfinished the latest scan the store has as RUNNING, with its progress
     * @param now        the UI's clock, to tell a scan that beats (or, before V10, stores pages) from one that stopped
     */
    static Html render(Optional<Scan> lastFinished, Optional<Scan> lastFailed, Optional<ScanProgress> unfinished,
                       ScheduleStatus schedule, Instant now) {
        Html.Tag line = tag("p").id("scan-status").cls("note");
        line.add(tag("span").id("scan-last").add(lastFinished
                .map(s -> "上次扫描：" + s.finished().map(Layout::time).orElse("") + " 完成，页面 " + s.pagesRecorded()
                        + " 个，新线索 " + s.cluesNew() + " 条。")
                .orElse("尚无完成的扫描。")));
        lastFailed.filter(f -> failedSince(f, lastFinished)).ifPresent(f ->
                line.add(" ", tag("span").id("scan-last-failed").cls("error").add("最近一次扫描失败（"
                        + f.finished().map(Layout::time).orElse("") + "）：" + f.failure().orElse("")
                        + "，不计为完成的扫描" + (schedule.scheduled() ? "，定时任务将重试。" : "。"))));
        Optional<ScanProgress> progress = unfinished.filter(p -> isLatest(p.scan(), lastFinished, lastFailed));
        if (progress.isPresent()) {
            line.add(" ", unfinished(progress.get(), schedule, now));
        } else {
            schedule.runningSince().ifPresent(t ->
                    line.add(" ", tag("span").id("scan-running").add("正在扫描（" + Layout.time(t) + " 开始）。")));
        }
        line.add(" ", tag("span").id("scan-next").add(schedule.time()
                .map(time -> "下次扫描：" + schedule.nextScan().map(Layout::time).orElse("—") + "（每日 " + time.at()
                        + "，" + time.zone().getId() + "）。")
                .orElse("未设置定时扫描。")));
        schedule.lastRun().filter(r -> r.result() == ScanRun.Result.FAILED).ifPresent(r ->
                line.add(" ", tag("span").id("scan-failed").cls("error").add("上次定时扫描失败（" + Layout.time(r.ended())
                        + "）：" + r.failure().orElse("") + "；下次扫描将续扫。")));
        return line.build();
    }

    /** A RUNNING scan: running, interrupted (its heartbeat stopped) or, without a heartbeat, either. */
    private static Html unfinished(ScanProgress p, ScheduleStatus schedule, Instant now) {
        String seeds = seedNames(p.scan().seedsFile());
        String started = Layout.time(p.scan().started());
        boolean ours = schedule.runningSince().isPresent();
        if (p.heartbeat().isPresent()) {
            Instant heartbeat = p.heartbeat().get();
            if (!ours && heartbeat.isBefore(now.minus(HEARTBEAT_STALE))) {
                return tag("span").id("scan-interrupted").add("最近一次扫描（" + seeds + "）开始于 " + started
                        + "，已中断（最后心跳 " + Layout.time(heartbeat) + "，已记录 " + p.pagesRecorded()
                        + " 个页面）；下次扫描将续扫。").build();
            }
            return running(p, seeds, started);
        }
        if (ours || !p.lastActivity().isBefore(now.minus(QUIET))) {
            return running(p, seeds, started);
        }
        return tag("span").id("scan-unfinished").add("最近一次扫描（" + seeds + "）开始于 " + started
                + "，尚未结束（正在进行或已中断）："
                + p.lastPageFetched().map(t -> "已记录 " + p.pagesRecorded() + " 个页面，最近一个页面抓取于 "
                        + Layout.time(t)).orElse("尚未记录页面")
                + "。若已中断，下次扫描将续扫。").build();
    }

    private static Html running(ScanProgress p, String seeds, String started) {
        return tag("span").id("scan-running").add("扫描进行中（" + seeds + "）：开始于 " + started + "，已记录 "
                + p.pagesRecorded() + " 个页面。").build();
    }

    /** The seed lists' file names (the store keeps their paths, comma-joined): a server path tells an analyst nothing. */
    static String seedNames(String seedsFiles) {
        return Arrays.stream(seedsFiles.split(",")).map(String::strip)
                .map(f -> f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1))
                .collect(Collectors.joining("，"));
    }

    /** No scan that ended came after it: a RUNNING row older than one is not the scan of now. */
    private static boolean isLatest(Scan running, Optional<Scan> lastFinished, Optional<Scan> lastFailed) {
        return Stream.of(lastFinished, lastFailed).flatMap(Optional::stream).allMatch(s -> s.id() < running.id());
    }

    /** A FAILED scan that ended after the last finished one: one from before is old news. */
    private static boolean failedSince(Scan failed, Optional<Scan> lastFinished) {
        return failed.failed() && failed.finished().isPresent() && lastFinished.flatMap(Scan::finished)
                .map(done -> failed.finished().get().isAfter(done)).orElse(true);
    }
}
