package org.medadwatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.ScanCounters;
import org.medadwatch.scan.ScanSummary;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Store;

/** The scheduler with a stand-in scan that holds still until the test lets it finish. */
class ScheduledScansTest {
    /** How long a test waits on a latch before it fails. */
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;
    private Store store;
    private final AtomicInteger scansRun = new AtomicInteger();
    private final CountDownLatch scanStarted = new CountDownLatch(1);
    private final CountDownLatch finishScan = new CountDownLatch(1);
    private final List<ScanRun> runs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openStore() {
        store = Store.open(dir);
    }

    @AfterEach
    void closeStore() {
        finishScan.countDown();
        store.close();
    }

    /** Records a scan in the store, as the pipeline does, and waits to be let go. */
    private ScanSummary heldScan() throws InterruptedException {
        scansRun.incrementAndGet();
        long id = store.scans().start("seeds.csv");
        scanStarted.countDown();
        assertTrue(finishScan.await(WAIT_SECONDS, TimeUnit.SECONDS), "test let the scan finish");
        store.scans().finish(id, ScanStatus.FINISHED);
        return new ScanSummary(id, false, new ScanCounters().snapshot(), Map.of(), Optional.empty());
    }

    private ScheduledScans start(CountDownLatch outcomes) throws Exception {
        return ScheduledScans.start(notNow(), this::heldScan, ScanGuard.of(new DataFolder(dir)), store.scans(), Clock.systemUTC(),
                run -> {
                    runs.add(run);
                    outcomes.countDown();
                });
    }

    /** Twelve hours from now on the Shanghai clock: the daily trigger stays out of the way. */
    private static DailyScanTime notNow() {
        LocalTime now = LocalTime.now(DailyScanTime.DEFAULT_ZONE).withSecond(0).withNano(0);
        return new DailyScanTime(now.plusHours(12), DailyScanTime.DEFAULT_ZONE);
    }

    @Test
    void secondTriggerWhileAScanRunsStartsNoSecondScan() throws Exception {
        CountDownLatch outcomes = new CountDownLatch(2);
        try (ScheduledScans scans = start(outcomes)) {
            assertEquals(TriggerResult.QUEUED, scans.triggerNow());
            assertTrue(scanStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertTrue(scans.status().runningSince().isPresent(), "status shows the scan under way");

            assertEquals(TriggerResult.ALREADY_RUNNING, scans.triggerNow(), "a request during a scan is refused");
            // two requests that both got past that check at once: Quartz holds the second back
            // behind the running job and fires it afterwards
            scans.queue(Instant.now());
            finishScan.countDown();

            assertTrue(outcomes.await(WAIT_SECONDS, TimeUnit.SECONDS), "both firings reported: " + runs);
            assertEquals(List.of(ScanRun.Result.FINISHED, ScanRun.Result.SKIPPED_COVERED), runs.stream().map(ScanRun::result).toList());
            assertEquals(1, scansRun.get(), "one scan");
            assertEquals(1, store.scans().findLastFinished().orElseThrow().id(), "one scan in the store");
            assertTrue(scans.status().runningSince().isEmpty());
        }
    }

    @Test
    void twoSchedulesOverOneFolderNeverScanAtOnce() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        try (ScheduledScans a = start(first);
             ScheduledScans b = ScheduledScans.start(notNow(), this::heldScan, ScanGuard.of(new DataFolder(dir.resolve(".").resolve(""))),
                     store.scans(), Clock.systemUTC(), run -> {
                         runs.add(run);
                         second.countDown();
                     })) {
            assertEquals(TriggerResult.QUEUED, a.triggerNow());
            assertTrue(scanStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(TriggerResult.ALREADY_RUNNING, b.triggerNow(), "the folder's guard is shared");
            b.queue(Instant.now());  // past the check: the job itself finds the guard taken
            assertTrue(second.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(ScanRun.Result.SKIPPED_RUNNING, runs.get(0).result());
            finishScan.countDown();
            assertTrue(first.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(ScanRun.Result.FINISHED, runs.get(1).result());
            assertEquals(1, scansRun.get());
        }
    }

    @Test
    void nextScanIsTheNextDailyStartOnTheScheduleClock() throws Exception {
        try (ScheduledScans scans = start(new CountDownLatch(1))) {
            DailyScanTime time = scans.time();
            Instant next = scans.nextScan().orElseThrow();
            assertEquals(time.at(), next.atZone(ZoneId.of("Asia/Shanghai")).toLocalTime());
            assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plusSeconds(86_400)), next.toString());
            assertEquals(next, scans.status().nextScan().orElseThrow());
            assertEquals(0, scansRun.get(), "nothing fired");
        }
    }

    @Test
    void aScanInWhichNothingAnsweredIsRetriedAfterTheDelayAndTheRetryThatFinishesCounts() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch outcomes = new CountDownLatch(2);
        ScanTask networkBackOnSecondTry = () -> {
            long id = store.scans().start("seeds.csv");
            if (attempts.incrementAndGet() == 1) {
                return new ScanSummary(id, false, new ScanCounters().snapshot(), Map.of(),
                        Optional.of(store.scans().fail(id, "所有抓取均失败（1 个地址）").failure().orElseThrow()));
            }
            store.scans().finish(id, ScanStatus.FINISHED);
            return new ScanSummary(id, false, new ScanCounters().snapshot(), Map.of(), Optional.empty());
        };
        try (ScheduledScans scans = ScheduledScans.start(notNow(), networkBackOnSecondTry, ScanGuard.of(new DataFolder(dir)),
                store.scans(), Clock.systemUTC(), run -> {
                    runs.add(run);
                    outcomes.countDown();
                }, new ScanRetry(java.time.Duration.ofMillis(200), 3))) {
            assertEquals(TriggerResult.QUEUED, scans.triggerNow());
            assertTrue(outcomes.await(WAIT_SECONDS, TimeUnit.SECONDS), "a retry ran: " + runs);
            assertEquals(List.of(ScanRun.Result.NO_ANSWER, ScanRun.Result.FINISHED), runs.stream().map(ScanRun::result).toList());
            assertEquals(runs.get(0).dueAt(), runs.get(1).dueAt(), "the retry is due when the failed run was");
            assertEquals(2, store.scans().findLastFinished().orElseThrow().id());
            assertEquals(ScanDue.Reason.COVERED, ScanDue.decide(runs.get(0).dueAt(), store.scans()).reason());
            Thread.sleep(500);
            assertEquals(2, attempts.get(), "no retry after a scan that finished");
        }
    }
}
