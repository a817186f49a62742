package org.medadwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.medadwatch.index.IndexedPage;
import org.medadwatch.index.PageIndex;
import org.medadwatch.page.ExtractedPage;

/**
 * Indexing throughput with the chosen analysis: our pages upserted into a fresh
 * {@link PageIndex} on disk, repeated under distinct URLs until enough text has gone through,
 * then one commit. Figures are for one indexing thread, in wall time (flushes and merges
 * included, so other load on the machine counts) and in that thread's CPU time.
 */
public final class IndexBenchmark {
    public record Figures(int docs, long chars, double wallSeconds, double cpuSeconds, long indexBytes) {
        public double docsPerSecond() {
            return docs / wallSeconds;
        }

        public double charsPerSecond() {
            return chars / wallSeconds;
        }

        public double charsPerCpuSecond() {
            return chars / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%,d docs, %,d chars in %.2f s: %,.0f docs/s, %,.0f chars/s wall, %,.0f chars/s CPU; index %,d bytes",
                    docs, chars, wallSeconds, docsPerSecond(), charsPerSecond(), charsPerCpuSecond(), indexBytes);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Indexes the pages {@code repeats} times into a new index under {@code workDir}, which it deletes after. */
    public static Figures run(List<ExtractedPage> pages, int repeats, Path workDir) throws IOException {
        Path dir = Files.createTempDirectory(workDir, "index-bench");
        try {
            long chars = 0;
            int docs = 0;
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            try (PageIndex index = PageIndex.open(dir)) {
                for (int r = 0; r < repeats; r++) {
                    for (int i = 0; i < pages.size(); i++) {
                        ExtractedPage p = pages.get(i);
                        index.upsert(new IndexedPage("http://bench.invalid/" + r + "/" + i, "bench.invalid",
                                p.title(), p.text(), Instant.EPOCH, Set.of(), Optional.empty(),
                                p.facts().advertiser()));
                        chars += p.title().length() + p.text().length();
                        docs++;
                    }
                }
                index.commit();
            }
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            return new Figures(docs, chars, wallSeconds, cpuSeconds, size(dir));
        } finally {
            delete(dir);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Prints the figures for the page folders given as arguments. */
    public static void main(String[] args) throws IOException {
        List<ExtractedPage> pages = BenchPages.load(Arrays.stream(args).map(Path::of).toList());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        run(pages, 5, tmp); // warm-up
        System.out.println(run(pages, 100, tmp));
    }
}
