package org.medadwatch.clue;

import java.net.URI;
import java.util.Objects;
import org.medadwatch.crawl.Seed;

/**
 * The seed a page was reached from, as the store keeps it.
 *
 * @param name   the site or public account as analysts call it
 * @param url    the seed URL (identifies the site)
 * @param kind   site crawl or single article
 * @param region GB/T 2260 code of the bureau responsible, or empty
 */
public record Site(String name, URI url, Seed.Kind kind, String region) {
    public Site {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
    }

    public static Site of(Seed seed) {
        return new Site(seed.name(), seed.url(), seed.kind(), seed.region());
    }
}
