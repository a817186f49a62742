package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.MovableClock;

class ScanRepositoryTest {
    private static final String A = "http://nanke.example/a.html";
    private static final String B = "http://nanke.example/b.html";
    private static final Instant T1 = Observations.T0.plus(Duration.ofMinutes(1));
    private static final Instant T2 = Observations.T0.plus(Duration.ofDays(1));

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(Observations.T0);
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRunningScanShowsThePagesItStoredSoFarAndTheLatestFetch() {
        assertEquals(Optional.empty(), store.scans().findRunningProgress());
        long scan = store.scans().start("seeds.csv");
        ScanProgress fresh = store.scans().findRunningProgress().orElseThrow();
        assertEquals(scan, fresh.scan().id());
        assertEquals(0, fresh.pagesRecorded());
        assertEquals(Optional.empty(), fresh.lastPageFetched());
        assertEquals(Observations.T0, fresh.lastActivity(), "before its first page, its start is all there is");

        store.tracker().record(Observations.page(A).scan(scan).at(Observations.T0).build());
        store.tracker().record(Observations.page(B).scan(scan).at(T1).build());
        ScanProgress two = store.scans().findRunningProgress().orElseThrow();
        assertEquals(2, two.pagesRecorded());
        assertEquals(Optional.of(T1), two.lastPageFetched());
        assertEquals(T1, two.lastActivity());
        assertEquals(0, two.scan().pagesRecorded(), "the scans table counts only when a scan ends");
    }

    @Test
    void aFinishedScanIsNoLongerRunningAndTheNextOneCountsOnlyItsOwnPages() {
        long first = store.scans().start("seeds.csv");
        store.tracker().record(Observations.page(A).scan(first).at(Observations.T0).build());
        store.tracker().record(Observations.page(B).scan(first).at(T1).build());
        assertEquals(2, store.scans().finish(first, ScanStatus.FINISHED).pagesRecorded());
        assertEquals(Optional.empty(), store.scans().findRunningProgress());

        long second = store.scans().start("seeds.csv");
        assertTrue(store.tracker().recordUnchanged(second, B, T2));
        ScanProgress p = store.scans().findRunningProgress().orElseThrow();
        assertEquals(second, p.scan().id());
        assertEquals(1, p.pagesRecorded(), "an unchanged page counts; the page the first scan stored alone does not");
        assertEquals(Optional.of(T2), p.lastPageFetched());
        assertEquals(2, store.scans().expect(first).pagesRecorded(), "the finished scan's counts stay");
    }

    @Test
    void aScanStartsWithItsHeartbeatAtItsStartAndEachBeatStampsTheStoreClock() {
        long scan = store.scans().start("seeds.csv");
        assertEquals(Optional.of(Observations.T0), store.scans().findRunningProgress().orElseThrow().heartbeat());

        clock.set(T1);
        assertTrue(store.scans().beat(scan));
        ScanProgress beaten = store.scans().findRunningProgress().orElseThrow();
        assertEquals(Optional.of(T1), beaten.heartbeat());
        assertEquals(Observations.T0, beaten.scan().started(), "a beat moves the heartbeat alone");

        clock.set(T2);
        assertTrue(store.scans().beat(scan));
        assertEquals(Optional.of(T2), store.scans().findRunningProgress().orElseThrow().heartbeat());
    }

    @Test
    void aBeatLeavesAScanThatEndedOrDoesNotExistAsItIs() {
        long done = store.scans().start("seeds.csv");
        long running = store.scans().start("seeds.csv");
        store.scans().finish(done, ScanStatus.FINISHED);
        clock.set(T1);
        assertFalse(store.scans().beat(done), "a finished scan is not beaten");
        assertFalse(store.scans().beat(running + 1), "no such scan");
        assertEquals(Timestamps.format(Observations.T0), heartbeatOf(done));
        assertEquals(Optional.of(Observations.T0), store.scans().findRunningProgress().orElseThrow().heartbeat(),
                "the other scan's heartbeat is untouched");

        store.scans().fail(running, "所有抓取均失败（1 个地址）");
        clock.set(T2);
        assertFalse(store.scans().beat(running), "a failed scan is not beaten");
        assertEquals(Timestamps.format(Observations.T0), heartbeatOf(running));
    }

    @Test
    void progressIsOnlyOfARunningScan() {
        Scan finished = new Scan(1, Observations.T0, Optional.of(T1), "seeds.csv", ScanStatus.FINISHED, 0, 0, 0, 0, 0, 0,
                0, 0, Optional.empty());
        assertThrows(IllegalArgumentException.class,
                () -> new ScanProgress(finished, 0, Optional.empty(), Optional.empty()));
        Scan running = new Scan(2, Observations.T0, Optional.empty(), "seeds.csv", ScanStatus.RUNNING, 0, 0, 0, 0, 0, 0,
                0, 0, Optional.empty());
        assertThrows(NullPointerException.class, () -> new ScanProgress(running, 0, Optional.empty(), null));
    }

    private String heartbeatOf(long scan) {
        return store.read(c -> {
            try (var ps = c.prepareStatement("SELECT heartbeat FROM scans WHERE id = ?")) {
                ps.setLong(1, scan);
                try (var rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "scan " + scan);
                    return rs.getString(1);
                }
            }
        });
    }

}
