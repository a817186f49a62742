package org.medadwatch.crawl;

import java.util.Objects;
import java.util.Optional;

/**
 * A URL that yielded no page to keep, and why.
 *
 * @param seed       the seed whose crawl reached the URL
 * @param url        the normalised URL concerned
 * @param seedUrl    whether it is the seed's own URL: its failure speaks for the whole site
 * @param outcome    what became of it
 * @param httpStatus the status the server answered with, when it answered
 * @param detail     a short explanation (status line, exception message, rule that fired)
 */
public record FetchFailure(Seed seed, String url, boolean seedUrl, FetchOutcome outcome,
                           Optional<Integer> httpStatus, String detail) {
    public FetchFailure {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(httpStatus, "httpStatus");
        Objects.requireNonNull(detail, "detail");
    }
}
