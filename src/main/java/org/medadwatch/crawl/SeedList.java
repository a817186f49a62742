package org.medadwatch.crawl;

import java.util.List;

/**
 * What a seed file held: the rows that load, and the rows that did not.
 *
 * @param seeds    valid seeds in file order
 * @param problems skipped rows in file order
 */
public record SeedList(List<Seed> seeds, List<SeedProblem> problems) {
    public SeedList {
        seeds = List.copyOf(seeds);
        problems = List.copyOf(problems);
    }
}
