package org.medadwatch.scan;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Finding;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.extract.PageRejectedException;
import org.medadwatch.index.IndexedPage;
import org.medadwatch.index.PageIndex;
import org.medadwatch.store.Store;
import org.medadwatch.store.StoredPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts back into the index the pages a killed scan had recorded: Lucene keeps only what was
 * committed, the store keeps every page, and the evidence keeps every body, so a resumed scan
 * re-reads those pages from their WARC records instead of fetching them again.
 */
final class Reindexer {
    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
    private final Store store;
    private final EvidenceReader evidence;
    private final PageJudge judge;
    private final PageIndex index;

    Reindexer(Store store, DataFolder data, PageJudge judge, PageIndex index) {
        this.store = store;
        this.evidence = new EvidenceReader(data.warc());
        this.judge = judge;
        this.index = index;
    }

    int reindexScan(long scanId) throws IOException {
        int done = 0;
        for (String url : store.pages().urlsRecordedIn(scanId)) {
            Optional<StoredPage> page = store.pages().find(url);
            if (page.isEmpty()) {
                continue;
            }
            Optional<StoredBody> stored = StoredBody.find(evidence, page.get().evidence());
            if (stored.isEmpty()) {
                LOG.warn("{}: evidence {} not found; left out of the index", url, page.get().evidence());
                continue;
            }
            try {
                StoredBody b = stored.get();
                index.upsert(indexed(url, page.get().lastFetched(), judge.judge(b.body(), b.contentType(), url)));
                done++;
            } catch (PageRejectedException e) {
                LOG.warn("{}", e.getMessage());
            }
        }
        index.commit();
        return done;
    }

    static IndexedPage indexed(String url, Instant fetchedAt, PageJudge.Judged judged) {
        Set<Category> categories = judged.verdict().findings().stream()
                .map(Finding::category).collect(Collectors.toSet());
        String host = Optional.ofNullable(URI.create(url).getHost()).orElse("");
        return new IndexedPage(url, host, judged.page().title(), judged.page().text(), fetchedAt, categories,
                Optional.of(judged.verdict().ad().kind()), judged.page().facts().advertiser());
    }
}
