package org.medadwatch.crawl;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything a crawl reports, thread-safely, for assertions. */
final class RecordingListener implements FetchListener {
    record Failure(Seed seed, String url, FetchOutcome outcome, String detail) {
    }

    final List<FetchedPage> pages = new CopyOnWriteArrayList<>();
    final List<Failure> failures = new CopyOnWriteArrayList<>();

    @Override
    public void fetched(FetchedPage page) {
        pages.add(page);
    }

    @Override
    public void failed(FetchFailure f) {
        failures.add(new Failure(f.seed(), f.url(), f.outcome(), f.detail()));
    }

    Optional<FetchedPage> page(String url) {
        return pages.stream().filter(p -> p.url().equals(url)).findFirst();
    }

    List<FetchOutcome> outcomesFor(String url) {
        return failures.stream().filter(f -> f.url().equals(url)).map(Failure::outcome).toList();
    }

    long fetchedCount(String urlPrefix) {
        return pages.stream().filter(p -> p.url().startsWith(urlPrefix)).count();
    }
}
