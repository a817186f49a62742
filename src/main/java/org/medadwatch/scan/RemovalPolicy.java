package org.medadwatch.scan;

import java.util.Optional;
import org.medadwatch.clue.RemovalReason;
import org.medadwatch.crawl.FetchFailure;

/**
 * Which fetch failures say that a stored page is gone. Kept apart and small because a wrong
 * "removed" is evidence of rectification the analyst did not earn.
 */
final class RemovalPolicy {
    private RemovalPolicy() {
    }

    static Optional<RemovalReason> of(FetchFailure failure) {
        return switch (failure.outcome()) {
            // The server answered for this page: it does not exist. 401, 403, 429 (also NOT_FOUND)
            // refuse us now and say nothing of the page.
            case NOT_FOUND -> failure.httpStatus().flatMap(status -> switch (status) {
                case 404 -> Optional.of(RemovalReason.HTTP_404);
                case 410 -> Optional.of(RemovalReason.HTTP_410);
                default -> Optional.empty();
            });
            // Nothing answers at the address. Only the seed speaks for the whole site: a page of a
            // site whose seed answered this scan failing to connect is a blip, not a removal.
            case HOST_UNREACHABLE -> failure.seedUrl() ? Optional.of(RemovalReason.SITE_UNREACHABLE) : Optional.empty();
            // 5xx, timeouts and broken connections pass; the rest is about our crawl, not the page.
            default -> Optional.empty();
        };
    }
}
