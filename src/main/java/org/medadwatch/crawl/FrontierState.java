package org.medadwatch.crawl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Our bookkeeping beside crawler4j's frontier: which seed list the frontier belongs to, and how
 * many pages each seed has scheduled (crawler4j persists neither). An unfinished crawl leaves the
 * marker behind; a finished one removes the whole directory so the next scan starts afresh.
 */
final class FrontierState {
    private static final String MARKER = "medadwatch-crawl.properties";
    private static final String FINGERPRINT = "seeds.sha256";
    private static final String COUNT_PREFIX = "scheduled.";

    private final Path dir;
    private final String fingerprint;

    FrontierState(Path dir, List<Seed> seeds) {
        this.dir = dir;
        this.fingerprint = fingerprint(seeds);
    }

    /** Whether {@code dir} holds an unfinished crawl of the same seeds. */
    boolean canResume() {
        return readMarker().map(p -> fingerprint.equals(p.getProperty(FINGERPRINT))).orElse(false);
    }

    /** Scheduled-page counts saved by the last run, by seed URL. */
    Properties savedCounts() {
        Properties counts = new Properties();
        readMarker().ifPresent(p -> p.stringPropertyNames().stream().filter(k -> k.startsWith(COUNT_PREFIX))
                .forEach(k -> counts.setProperty(k.substring(COUNT_PREFIX.length()), p.getProperty(k))));
        return counts;
    }

    /** Writes the marker with the current counts, atomically. */
    synchronized void save(Iterable<SeedRegistry.SeedState> seeds) {
        Properties p = new Properties();
        p.setProperty(FINGERPRINT, fingerprint);
        for (SeedRegistry.SeedState s : seeds) {
            p.setProperty(COUNT_PREFIX + s.seedUrl, Integer.toString(s.scheduled.get()));
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(MARKER + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "MedAd Watch crawl in progress");
            }
            Files.move(tmp, dir.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(MARKER), e);
        }
    }

    /** Removes the frontier directory and everything in it. */
    void clear() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear frontier " + dir, e);
        }
    }

    private java.util.Optional<Properties> readMarker() {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return java.util.Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(p);
    }

    private static String fingerprint(List<Seed> seeds) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Seed s : seeds) {
                md.update((s.url() + "\t" + s.kind() + "\t" + s.maxPages() + "\t" + s.maxDepth() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
