package org.medadwatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.ScanCounters;
import org.medadwatch.scan.ScanSummary;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Store;

/** When a scan is due, on fixed clocks: at start-up after the machine was off, on a late daily firing, on a request. */
class ScanDueTest {
    private static final DailyScanTime TWO_AM_SHANGHAI = DailyScanTime.defaults();
    /** 02:00 on 2026-12-01 in Shanghai. */
    private static final Instant TODAY_START = Instant.parse("2026-11-30T18:00:00Z");
    private static final Instant YESTERDAY_START = TODAY_START.minusSeconds(86_400);

    @TempDir
    Path dir;

    private static Scan finishedAt(Instant finished) {
        return new Scan(1, finished.minusSeconds(1800), Optional.of(finished), "seeds.csv", ScanStatus.FINISHED, 10, 10, 0, 1, 0, 1, 0, 0,
                Optional.empty());
    }

    private static Scan failedAt(Instant ended) {
        return new Scan(2, ended.minusSeconds(60), Optional.of(ended), "seeds.csv", ScanStatus.FAILED, 0, 0, 0, 0, 0, 0, 0, 0,
                Optional.of("所有抓取均失败（3 个地址）"));
    }

    private static ScanDue atStartUp(Clock clock, Optional<Scan> last, Optional<Scan> unfinished) {
        return ScanDue.decide(TWO_AM_SHANGHAI.previous(clock.instant()), last, Optional.empty(), unfinished);
    }

    @Test
    void machineOffAtTheStartScansOnceAtStartUpThoughTheLastScanIsUnderADayOld() {
        // yesterday's scan ran 02:00-02:30; the machine was off at 02:00 today and serve starts at 02:10
        Clock now = Clock.fixed(TODAY_START.plusSeconds(600), ZoneOffset.UTC);
        ScanDue due = atStartUp(now, Optional.of(finishedAt(YESTERDAY_START.plusSeconds(1800))), Optional.empty());
        assertEquals(ScanDue.Reason.NOT_COVERED, due.reason());
        assertEquals(TODAY_START, due.dueAt());
        assertTrue(due.due());
    }

    @Test
    void restartAfterTodaysScanFinishedScansNothing() {
        Clock now = Clock.fixed(TODAY_START.plusSeconds(3 * 3600), ZoneOffset.UTC);
        ScanDue due = atStartUp(now, Optional.of(finishedAt(TODAY_START.plusSeconds(1800))), Optional.empty());
        assertEquals(ScanDue.Reason.COVERED, due.reason());
        assertFalse(due.due());
    }

    @Test
    void restartBeforeTodaysStartWaitsForIt() {
        // 01:30 today, yesterday's scan finished: nothing missed yet
        Clock now = Clock.fixed(TODAY_START.minusSeconds(1800), ZoneOffset.UTC);
        assertFalse(atStartUp(now, Optional.of(finishedAt(YESTERDAY_START.plusSeconds(1800))), Optional.empty()).due());
    }

    @Test
    void freshDataFolderAndUnfinishedScanAreDue() {
        Clock now = Clock.fixed(TODAY_START.plusSeconds(3600), ZoneOffset.UTC);
        assertEquals(ScanDue.Reason.NEVER_SCANNED, atStartUp(now, Optional.empty(), Optional.empty()).reason());
        Scan running = new Scan(2, TODAY_START, Optional.empty(), "seeds.csv", ScanStatus.RUNNING, 0, 0, 0, 0, 0, 0, 0, 0,
                Optional.empty());
        assertEquals(ScanDue.Reason.UNFINISHED,
                atStartUp(now, Optional.of(finishedAt(TODAY_START.plusSeconds(1800))), Optional.of(running)).reason());
    }

    @Test
    void dailyFiringIsDueAtThatDaysStartWhetherEarlyOrLate() {
        // a few milliseconds early
        assertEquals(TODAY_START, ScanJob.dueAt(TWO_AM_SHANGHAI, Optional.empty(), TODAY_START, TODAY_START.minusMillis(2)));
        // held back two hours behind a manual scan: Quartz's misfire handling moved its fire time to now
        Instant late = TODAY_START.plusSeconds(7200);
        assertEquals(TODAY_START, ScanJob.dueAt(TWO_AM_SHANGHAI, Optional.empty(), late, late));
        // a manual request is due when it was made
        Instant asked = TODAY_START.plusSeconds(5000);
        assertEquals(asked, ScanJob.dueAt(TWO_AM_SHANGHAI, Optional.of(asked), late, late));
    }

    @Test
    void lateDailyFiringAfterAManualScanThatSpannedTheStartIsCovered() {
        // manual scan 01:00-04:00; the 02:00 firing waited for the one worker and fires at 04:00
        Instant late = TODAY_START.plusSeconds(7200);
        Instant dueAt = ScanJob.dueAt(TWO_AM_SHANGHAI, Optional.empty(), late, late);
        assertFalse(ScanDue.decide(dueAt, Optional.of(finishedAt(late)), Optional.empty(), Optional.empty()).due());
    }

    @Test
    void runnerRunsWhatIsDueAndSkipsWhatAScanCovers() throws Exception {
        Instant yesterdayEnd = YESTERDAY_START.plusSeconds(1800);
        try (Store store = Store.open(dir, Clock.fixed(yesterdayEnd, ZoneOffset.UTC))) {
            long id = store.scans().start("seeds.csv");
            store.scans().finish(id, ScanStatus.FINISHED);
            AtomicInteger scans = new AtomicInteger();
            List<ScanRun> runs = new ArrayList<>();
            ScanRunner runner = new ScanRunner(() -> {
                scans.incrementAndGet();
                return new ScanSummary(99, false, new ScanCounters().snapshot(), Map.of(), Optional.empty());
            }, ScanGuard.of(new DataFolder(dir)), store.scans(), Clock.fixed(TODAY_START.plusSeconds(600), ZoneOffset.UTC), runs::add);

            assertEquals(ScanRun.Result.SKIPPED_COVERED, runner.runDue(YESTERDAY_START).result(), "yesterday's scan covers yesterday");
            assertEquals(0, scans.get());
            ScanRun today = runner.runDue(TODAY_START);
            assertEquals(ScanRun.Result.FINISHED, today.result());
            assertEquals(1, scans.get());
            assertEquals(99, today.summary().orElseThrow().scanId());
            assertEquals(List.of(ScanRun.Result.SKIPPED_COVERED, ScanRun.Result.FINISHED), runs.stream().map(ScanRun::result).toList());
            assertTrue(ScanGuard.of(new DataFolder(dir)).runningSince().isEmpty(), "guard released");
        }
    }

    @Test
    void failedScanIsReportedReleasesTheGuardAndIsDueAgain() {
        try (Store store = Store.open(dir, Clock.fixed(YESTERDAY_START, ZoneOffset.UTC))) {
            ScanGuard guard = ScanGuard.of(new DataFolder(dir));
            ScanRunner runner = new ScanRunner(() -> {
                store.scans().start("seeds.csv");  // left RUNNING, as a crashed pipeline leaves it
                throw new java.io.IOException("disk full");
            }, guard, store.scans(), Clock.fixed(TODAY_START, ZoneOffset.UTC), run -> { });
            ScanRun failed = runner.runDue(TODAY_START);
            assertEquals(ScanRun.Result.FAILED, failed.result());
            assertEquals(Optional.of("disk full"), failed.failure());
            assertTrue(guard.runningSince().isEmpty());
            assertEquals(ScanDue.Reason.UNFINISHED,
                    ScanDue.decide(TODAY_START, store.scans()).reason());
        }
    }

    @Test
    void aScanThatFailedAfterTheDueTimeDoesNotCoverIt() {
        // yesterday's scan finished; today's 02:00 scan ran 02:00-02:05 with the network down
        Clock now = Clock.fixed(TODAY_START.plusSeconds(3600), ZoneOffset.UTC);
        Scan failed = failedAt(TODAY_START.plusSeconds(300));
        ScanDue due = ScanDue.decide(TWO_AM_SHANGHAI.previous(now.instant()),
                Optional.of(finishedAt(YESTERDAY_START.plusSeconds(1800))), Optional.of(failed), Optional.empty());
        assertEquals(ScanDue.Reason.LAST_FAILED, due.reason());
        assertTrue(due.due());
        assertEquals(Optional.of(failed), due.lastFailed());
        assertEquals(Optional.of(YESTERDAY_START.plusSeconds(1800)), due.lastFinished(), "measured from the last good scan");
    }

    @Test
    void aFailedScanCountsAsNoScanEvenWhenPassedAsTheLastFinished() {
        Scan failed = failedAt(TODAY_START.plusSeconds(300));
        ScanDue due = ScanDue.decide(TODAY_START, Optional.of(failed), Optional.empty(), Optional.empty());
        assertEquals(ScanDue.Reason.NEVER_SCANNED, due.reason());
        assertEquals(Optional.empty(), due.lastFinished());
        assertEquals(ScanDue.Reason.LAST_FAILED,
                ScanDue.decide(TODAY_START, Optional.empty(), Optional.of(failed), Optional.empty()).reason());
    }

    @Test
    void aScanFinishedAfterAFailedOneCoversTheDay() {
        ScanDue due = ScanDue.decide(TODAY_START, Optional.of(finishedAt(TODAY_START.plusSeconds(5400))),
                Optional.of(failedAt(TODAY_START.plusSeconds(300))), Optional.empty());
        assertEquals(ScanDue.Reason.COVERED, due.reason());
        assertEquals(Optional.empty(), due.lastFailed(), "the failure is old news");
    }

    @Test
    void runnerRunsAgainAfterAScanInWhichNothingAnswered() {
        try (Store yesterday = Store.open(dir, Clock.fixed(YESTERDAY_START.plusSeconds(1800), ZoneOffset.UTC))) {
            yesterday.scans().finish(yesterday.scans().start("seeds.csv"), ScanStatus.FINISHED);
        }
        try (Store store = Store.open(dir, Clock.fixed(TODAY_START.plusSeconds(300), ZoneOffset.UTC))) {
            AtomicInteger scans = new AtomicInteger();
            ScanRunner runner = new ScanRunner(() -> {
                // as the pipeline closes a scan whose every fetch was refused
                long id = store.scans().start("seeds.csv");
                store.scans().fail(id, "所有抓取均失败（2 个地址）");
                scans.incrementAndGet();
                return new ScanSummary(id, false, new ScanCounters().snapshot(), Map.of(), Optional.of("所有抓取均失败（2 个地址）"));
            }, ScanGuard.of(new DataFolder(dir)), store.scans(), Clock.fixed(TODAY_START.plusSeconds(600), ZoneOffset.UTC), run -> { });

            ScanRun first = runner.runDue(TODAY_START);
            assertEquals(ScanRun.Result.NO_ANSWER, first.result());
            assertEquals(Optional.of("所有抓取均失败（2 个地址）"), first.failure());
            assertEquals(ScanRun.Result.NO_ANSWER, runner.runDue(TODAY_START).result(), "not covered by the failed scan");
            assertEquals(2, scans.get());
            assertEquals(ScanDue.Reason.LAST_FAILED, ScanDue.decide(TODAY_START, store.scans()).reason());
            assertEquals(1, store.scans().findLastFinished().orElseThrow().id(), "yesterday's is still the last finished");
        }
    }

    @Test
    void onlyARunInWhichNothingAnsweredIsRetriedAndNeverPastTheNextDailyStart() {
        ScanRetry retry = new ScanRetry(java.time.Duration.ofHours(1), 2);
        Instant ended = TODAY_START.plusSeconds(300);
        ScanRun noAnswer = new ScanRun(ScanRun.Result.NO_ANSWER, TODAY_START, TODAY_START, ended, Optional.empty(),
                Optional.of("所有抓取均失败（1 个地址）"));
        Optional<Instant> tomorrow = Optional.of(TODAY_START.plusSeconds(86_400));
        assertEquals(Optional.of(ended.plusSeconds(3600)), retry.after(noAnswer, 0, tomorrow));
        assertEquals(Optional.of(ended.plusSeconds(3600)), retry.after(noAnswer, 1, tomorrow));
        assertEquals(Optional.empty(), retry.after(noAnswer, 2, tomorrow), "at most max retries");
        assertEquals(Optional.empty(), retry.after(noAnswer, 0, Optional.of(ended.plusSeconds(1800))), "the daily start comes first");
        ScanRun threw = new ScanRun(ScanRun.Result.FAILED, TODAY_START, TODAY_START, ended, Optional.empty(), Optional.of("disk full"));
        assertEquals(Optional.empty(), retry.after(threw, 0, tomorrow), "resumed by the next run, not retried");
    }
}
