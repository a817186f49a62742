package org.medadwatch.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawler4j worker thread: follows links that {@link CrawlRun#admitLink} admits and hands
 * each fetched page to the listener. Failures were reported by {@link RawPageFetcher} already, so
 * crawler4j's status callbacks are silenced here.
 */
final class CrawlWorker extends WebCrawler {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlWorker.class);

    private final CrawlRun run;

    CrawlWorker(CrawlRun run) {
        this.run = run;
    }

    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
        return run.admitLink(referringPage.getWebURL().getURL(), url.getURL(), url.getDepth());
    }

    @Override
    public void visit(Page page) {
        Optional<CrawlRun.Fetched> current = run.current();
        if (current.isEmpty()) {
            LOG.warn("page {} reached visit without a fetch record; skipped", page.getWebURL().getURL());
            return;
        }
        CrawlRun.Fetched f = current.get();
        run.clearCurrent();
        run.delivered(new FetchedPage(f.seed().seed, f.url(), f.status(), f.headers(), f.contentType(),
                f.body(), f.fetchedAt(), page.getWebURL().getDepth(), f.request(), f.redirectChain()));
    }

    @Override
    protected void handlePageStatusCode(WebURL webUrl, int statusCode, String statusDescription) {
        // reported by RawPageFetcher
    }

    @Override
    protected void onUnexpectedStatusCode(String urlStr, int statusCode, String contentType, String description) {
        // reported by RawPageFetcher
    }

    @Override
    protected void onContentFetchError(Page page, Exception e) {
        LOG.warn("content of {} could not be handed over: {}", page.getWebURL().getURL(), e.toString());
    }

    @Override
    protected void onParseError(WebURL webUrl, Exception e) {
        LOG.warn("links of {} could not be read: {}", webUrl.getURL(), e.toString());
    }

    @Override
    protected void onUnhandledException(Page page, Throwable e) {
        String url = page == null || page.getWebURL() == null ? "?" : page.getWebURL().getURL();
        LOG.warn("unexpected failure on {}: {}", url, e.toString());
    }
}
