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
        return new Scan(1, finished.minusSeconds(1800), Optional.of(finished), "seeds.csv", ScanStatus.FINISHED, 10, 10, 0, 1, 0, 1, 0, 0);
    }

    private static ScanDue atStartUp(Clock clock, Optional<Scan> last, Optional<Scan> unfinished) {
        return ScanDue.decide(TWO_AM_SHANGHAI.previous(clock.instant()), last, unfinished);
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
        Scan running = new Scan(2, TODAY_START, Optional.empty(), "seeds.csv", ScanStatus.RUNNING, 0, 0, 0, 0, 0, 0, 0, 0);
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
        assertFalse(ScanDue.decide(dueAt, Optional.of(finishedAt(late)), Optional.empty()).due());
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
                return new ScanSummary(99, false, new ScanCounters().snapshot(), Map.of());
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
                    ScanDue.decide(TODAY_START, store.scans().findLastFinished(), store.scans().findRunning()).reason());
        }
    }
}
