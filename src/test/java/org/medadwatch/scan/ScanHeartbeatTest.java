package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Store;
import org.medadwatch.store.StoreException;

class ScanHeartbeatTest {
    private static final Duration FAST = Duration.ofMillis(50);

    @TempDir
    Path dir;

    @Test
    void aHeartbeatAdvancesTheScansHeartbeatUntilItIsClosed() throws Exception {
        try (Store store = Store.open(dir)) {
            long scan = store.scans().start("seeds.csv");
            Instant started = heartbeat(store);
            ScanHeartbeat heartbeat = new ScanHeartbeat(store.scans(), scan, FAST);
            try (heartbeat) {
                await(() -> heartbeat.beats() >= 3, "three beats");
                Instant later = heartbeat(store);
                assertTrue(later.isAfter(started), started + " → " + later);
                await(() -> heartbeat(store).isAfter(later), "a later beat moves it again");
            }
            int beats = heartbeat.beats();
            Instant atClose = heartbeat(store);
            Thread.sleep(FAST.multipliedBy(6).toMillis());
            assertEquals(beats, heartbeat.beats(), "no beat after close");
            assertEquals(atClose, heartbeat(store), "the heartbeat stays where it was at close");
            store.scans().finish(scan, ScanStatus.FINISHED);
        }
    }

    @Test
    void theFirstBeatIsAtOnceSoAResumedScanIsAliveWithoutWaitingAnInterval() throws Exception {
        try (Store store = Store.open(dir)) {
            long scan = store.scans().start("seeds.csv");
            Instant started = heartbeat(store);
            Thread.sleep(5);  // the store's timestamps are in milliseconds
            try (ScanHeartbeat heartbeat = new ScanHeartbeat(store.scans(), scan, Duration.ofHours(1))) {
                await(() -> heartbeat.beats() == 1, "the first beat");
                assertTrue(heartbeat(store).isAfter(started));
            }
        }
    }

    @Test
    void aFailedBeatIsWarnedOnceAndTheNextBeatsGoOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ScanHeartbeat heartbeat;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            heartbeat = new ScanHeartbeat(7, id -> {
                if (calls.incrementAndGet() <= 3) {
                    throw new StoreException(dir.resolve("medadwatch.db"), "[SQLITE_BUSY] The database file is locked");
                }
                return true;
            }, FAST);
            try (heartbeat) {
                await(() -> heartbeat.beats() >= 2, "beats after the failures");
            }
        } finally {
            System.setErr(err);
        }
        assertEquals(3, heartbeat.failures());
        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, log.split("heartbeat not stamped", -1).length - 1, log);
        assertTrue(log.contains("WARN") && log.contains("SQLITE_BUSY"), log);
    }

    @Test
    void anIntervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ScanHeartbeat(1, id -> true, Duration.ZERO));
    }

    private static Instant heartbeat(Store store) {
        return store.scans().findRunningProgress().orElseThrow().heartbeat().orElseThrow();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(10);
        }
    }
}
