package org.medadwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medadwatch.crawl.Seed;
import org.medadwatch.crawl.SeedFile;
import org.medadwatch.crawl.SeedFileException;
import org.medadwatch.crawl.SeedList;

/**
 * One or more seed files ({@code --seeds F}, repeatable) read as one list: a URL listed in two
 * files is crawled once, under the first file's row.
 *
 * @param seeds    the usable seeds, in file order
 * @param problems skipped rows, each as {@code FILE:LINE: reason}
 * @param label    the files' names, kept with the scan in the store
 */
record SeedFiles(List<Seed> seeds, List<String> problems, String label) {
    SeedFiles {
        seeds = List.copyOf(seeds);
        problems = List.copyOf(problems);
    }

    /**
     * @throws SeedFileException for a file that is missing, unreadable or has the wrong header,
     *                           naming it; a bad row is a problem, not an exception
     */
    static SeedFiles read(List<Path> files) throws SeedFileException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no seed files");
        }
        List<Seed> seeds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> firstListed = new HashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new SeedFileException(file, 1, "seed file not found");
            }
            SeedList list = SeedFile.read(file);
            list.problems().forEach(p -> problems.add(file + ":" + p.line() + ": " + p.reason() + " (row skipped)"));
            for (Seed seed : list.seeds()) {
                String earlier = firstListed.putIfAbsent(seed.url().toString(), file.toString());
                if (earlier == null) {
                    seeds.add(seed);
                } else if (!earlier.equals(file.toString())) {
                    problems.add(file + ": " + seed.url() + " is also in " + earlier + " (crawled once)");
                }
            }
        }
        String label = files.stream().map(Path::toString).collect(Collectors.joining(","));
        return new SeedFiles(seeds, problems, label);
    }
}
