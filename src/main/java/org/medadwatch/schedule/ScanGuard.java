package org.medadwatch.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.medadwatch.scan.DataFolder;

/**
 * At most one scan of a data folder at a time in this process. Quartz's
 * {@code @DisallowConcurrentExecution} keeps one job's triggers apart; this keeps apart every
 * way a scan can start in the process: the daily trigger, a manual trigger, a second schedule
 * over the same folder. (Another process is kept out by the index's write lock.)
 */
public final class ScanGuard {
    private static final ConcurrentMap<Path, ScanGuard> BY_FOLDER = new ConcurrentHashMap<>();

    private final AtomicReference<Instant> runningSince = new AtomicReference<>();

    ScanGuard() {
    }

    /** The one guard of this folder in this process. */
    public static ScanGuard of(DataFolder folder) {
        Objects.requireNonNull(folder, "folder");
        return BY_FOLDER.computeIfAbsent(folder.root().toAbsolutePath().normalize(), k -> new ScanGuard());
    }

    /** Takes the guard, unless a scan holds it. */
    boolean tryAcquire(Instant now) {
        return runningSince.compareAndSet(null, Objects.requireNonNull(now, "now"));
    }

    void release() {
        runningSince.set(null);
    }

    /** When the scan under way started; empty when none is. */
    public Optional<Instant> runningSince() {
        return Optional.ofNullable(runningSince.get());
    }
}
