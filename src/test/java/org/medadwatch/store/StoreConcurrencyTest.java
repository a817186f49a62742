package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.Category;

class StoreConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void readersSeeConsistentSnapshotsWhileAScanWrites() throws Exception {
        int pages = 150;
        try (Store store = Store.open(dir)) {
            long scan = store.scans().start("seeds.csv");
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int i = 0; i < pages; i++) {
                        store.tracker().record(Observations.page("http://x.example/" + i).scan(scan)
                                .at(Observations.T0.plus(Duration.ofSeconds(i))).text("第" + i + "页 一次根治")
                                .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治").build());
                    }
                    done.set(true);
                    return null;
                });
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    readers.add(pool.submit(() -> {
                        int reads = 0;
                        int last = 0;
                        while (!done.get()) {
                            // a sheet is one snapshot: every clue in it has its page and site
                            int rows = store.clues().sheet(ClueFilter.all()).size();
                            assertTrue(rows >= last, "clue count went back from " + last + " to " + rows);
                            last = rows;
                            reads++;
                        }
                        return reads;
                    }));
                }
                writer.get(60, TimeUnit.SECONDS);
                for (Future<Integer> r : readers) {
                    assertTrue(r.get(60, TimeUnit.SECONDS) > 0);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(pages, store.clues().count());
            assertEquals(pages, store.pages().count());
        }
    }

    @Test
    void twoStoresOnOneFileTakeTurnsToWrite() throws Exception {
        try (Store a = Store.open(dir); Store b = Store.open(dir)) {
            long scan = a.scans().start("seeds.csv");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (Store s : List.of(a, b)) {
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            // both write the same pages: still one clue per page
                            s.tracker().record(Observations.page("http://y.example/" + i).scan(scan)
                                    .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治").build());
                        }
                        return null;
                    }));
                }
                for (Future<?> w : writers) {
                    w.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(40, a.clues().count());
        }
    }
}
