package org.medadwatch.scan;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.medadwatch.crawl.Seed;
import org.medadwatch.store.RecheckTarget;

/**
 * The seed list a scan crawls: the analysts' seeds, plus every page under follow-up as a
 * one-page seed. A site that drops the link to an offending page (or the page with it) would
 * otherwise never be looked at again, and 回头看 would have nothing to go on.
 */
final class RecheckSeeds {
    private RecheckSeeds() {
    }

    static List<Seed> with(List<Seed> seeds, List<RecheckTarget> targets) {
        Set<String> seeded = seeds.stream().map(s -> s.url().toString()).collect(Collectors.toSet());
        List<Seed> all = new ArrayList<>(seeds);
        for (RecheckTarget t : targets) {
            if (seeded.add(t.url())) {
                all.add(new Seed(t.siteName(), URI.create(t.url()), Seed.Kind.ARTICLE, t.region(), 1, 0));
            }
        }
        return all;
    }
}
