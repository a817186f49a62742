package org.medadwatch.web;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.index.PageIndex;
import org.medadwatch.review.ReviewService;
import org.medadwatch.store.Store;

/**
 * What the web UI is built from. The caller opens and closes them; the app only uses them.
 *
 * @param index empty when the index could not be opened (a scan holds its lock): search is then off
 */
public record Services(Store store, Optional<PageIndex> index, EvidenceReader evidence, PageExtractor extractor,
                       AccountService accounts, ReviewService review, Clock clock) {
    public Services {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(clock, "clock");
    }
}
