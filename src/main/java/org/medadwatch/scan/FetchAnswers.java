package org.medadwatch.scan;

import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.medadwatch.crawl.FetchOutcome;

/**
 * Whether anything answered during a scan. A scan in which every request went out and got no
 * answer at all (refused, timed out, name not resolved, connection broken) says nothing about the
 * sites: most likely our own network was down. Such a scan is closed FAILED, not counted as the
 * day's scan, and its "site unreachable" removals are not recorded. An HTTP error (404, 410, 503)
 * is an answer: the server was there.
 */
final class FetchAnswers {
    private final LongAdder answered = new LongAdder();
    private final LongAdder unanswered = new LongAdder();

    /** A page arrived (stored, unchanged or not). */
    void page() {
        answered.increment();
    }

    /** A URL that yielded no page, by what became of it. */
    void failed(FetchOutcome outcome) {
        switch (outcome) {
            case TIMEOUT, HOST_UNREACHABLE, CONNECTION_FAILED -> unanswered.increment();
            case FETCHED, NOT_MODIFIED, REDIRECTED, NOT_FOUND, SERVER_ERROR, TOO_LARGE, NOT_HTML, REDIRECT_LOOP ->
                    answered.increment();
            // declined without a request: says nothing either way
            case ROBOTS_DISALLOWED, TRAP, OUT_OF_SCOPE -> { }
        }
    }

    boolean anyAnswered() {
        return answered.sum() > 0;
    }

    /**
     * Why the scan failed, when it tried at least one address and nothing answered. A scan that
     * tried nothing (every URL declined) is not a failure of the network.
     */
    Optional<String> failure() {
        long tried = unanswered.sum();
        return answered.sum() == 0 && tried > 0 ? Optional.of("所有抓取均失败（" + tried + " 个地址）") : Optional.empty();
    }
}
