package org.medadwatch.crawl;

import java.util.function.LongSupplier;

/**
 * Receives what the crawl found. <strong>Both methods are called concurrently from the crawler's
 * worker threads</strong>: an implementation must be thread-safe, and should be quick or hand the
 * work on, because a worker waits for the call to return before it takes the next URL.
 *
 * <p>A URL whose page was handed to {@link #fetched} is marked done in the frontier only after
 * the call returns. If the process dies during or before the call, a resumed crawl fetches and
 * delivers that URL again: delivery is <em>at least once</em>; de-duplicate by URL downstream.
 * Exceptions thrown by the listener are logged and the crawl goes on.
 */
public interface FetchListener {
    /** A page was fetched. Called from crawler threads; see the class comment. */
    void fetched(FetchedPage page);

    /**
     * A URL was not fetched, or fetched without a page to keep (every outcome but
     * {@link FetchOutcome#FETCHED}). Called from crawler threads.
     */
    void failed(FetchFailure failure);

    /**
     * The crawl is about to start; {@code queued} tells how many URLs wait in the frontier at any
     * moment after that, for progress displays.
     */
    default void starting(LongSupplier queued) {
    }
}
