package org.medadwatch.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.frontier.SleepycatFrontierConfiguration;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls a seed list once and blocks until done. The whole public face of crawling:
 *
 * <pre>{@code
 * CrawlReport report = new Crawler().crawl(seeds, CrawlSettings.defaults(), listener);
 * }</pre>
 *
 * <p>Guarantees. Every page is delivered to {@link FetchListener#fetched} at least once per
 * crawl; a URL is marked done in crawler4j's frontier only after the listener returns, so with
 * {@code resumable} a crawl killed at any point (even SIGKILL) and started again with the same
 * seeds and {@code frontierDir} continues from the frontier and re-delivers only the pages that
 * were in flight. Exactly-once storage is the store's job (unique keys on URL and scan). A crawl
 * that finishes removes its frontier, so the next scan starts afresh; a different seed list also
 * starts afresh. Per-seed page budgets are saved twice a second, so a resumed crawl may overrun a
 * budget by the pages scheduled in the last half second before the kill.
 */
public final class Crawler {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final long SAVE_EVERY_MS = 500;

    private final Clock clock;

    public Crawler() {
        this(Clock.systemUTC());
    }

    public Crawler(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CrawlReport crawl(List<Seed> seeds, CrawlSettings settings, FetchListener listener) {
        return crawl(seeds, settings, listener, RevisitHints.NONE);
    }

    /**
     * @param hints validators from the last scan, for conditional requests
     * @throws CrawlException when crawler4j cannot be set up (frontier directory, TLS)
     */
    public CrawlReport crawl(List<Seed> seeds, CrawlSettings settings, FetchListener listener, RevisitHints hints) {
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(hints, "hints");
        long start = System.nanoTime();
        FrontierState state = new FrontierState(settings.frontierDir(), seeds);
        boolean resumed = settings.resumable() && state.canResume();
        if (!resumed) {
            state.clear();
        }
        CrawlRun run = new CrawlRun(settings, listener, hints, clock);
        CrawlConfig config = crawlConfig(settings);
        SleepycatFrontierConfiguration frontier = null;
        ScheduledExecutorService saver = null;
        boolean finished = false;
        try {
            java.nio.file.Files.createDirectories(settings.frontierDir());
            frontier = new SleepycatFrontierConfiguration(config);
            RawPageFetcher fetcher = new RawPageFetcher(config, run.normalizer.basic(), run);
            RobotstxtConfig robotsConfig = new RobotstxtConfig();
            robotsConfig.setEnabled(settings.respectRobots());
            robotsConfig.setUserAgentName(settings.robotsAgentName());
            robotsConfig.setSkipCheckForSeeds(true);
            RobotstxtServer robots = new RobotstxtServer(robotsConfig, fetcher, frontier.getWebURLFactory());
            TLDList tlds = new TLDList(config);
            LinkParser parser = new LinkParser(config, run, tlds, frontier.getWebURLFactory());
            CrawlController controller = new CrawlController(config, run.normalizer.basic(), fetcher, parser,
                    robots, tlds, frontier);
            run.attach(robots, frontier.getWebURLFactory(), controller.getDocIdServer());

            Properties saved = resumed ? state.savedCounts() : new Properties();
            for (Seed seed : seeds) {
                addSeed(controller, run, seed, saved);
            }
            state.save(run.seeds.all());
            saver = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "crawl-state-saver");
                t.setDaemon(true);
                return t;
            });
            ScheduledExecutorService s = saver;
            s.scheduleWithFixedDelay(() -> state.save(run.seeds.all()), SAVE_EVERY_MS, SAVE_EVERY_MS,
                    TimeUnit.MILLISECONDS);
            LOG.info("crawling {} seeds with {} threads{}", seeds.size(), settings.threads(),
                    resumed ? " (resuming)" : "");
            AtomicBoolean open = new AtomicBoolean(true);
            listener.starting(() -> queueLength(controller, open));
            try {
                controller.start(() -> new CrawlWorker(run), settings.threads());
            } finally {
                open.set(false); // the frontier's store closes with the crawl
            }
            finished = controller.isFinished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrawlException("crawl interrupted", e);
        } catch (Exception e) {
            throw new CrawlException("cannot run the crawl in " + settings.frontierDir() + ": " + e, e);
        } finally {
            if (saver != null) {
                saver.shutdownNow();
            }
            if (frontier != null) {
                try {
                    frontier.close();
                } catch (RuntimeException e) {
                    LOG.debug("closing frontier: {}", e.toString());
                }
            }
            if (finished || !settings.resumable()) {
                state.clear();
            } else {
                state.save(run.seeds.all());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        CrawlReport report = new CrawlReport(run.tally(), resumed, finished, elapsed);
        LOG.info("crawl done in {} ms: {}", elapsed.toMillis(), report.outcomes());
        return report;
    }

    /** URLs waiting in the frontier; 0 once the crawl (and the frontier's store) has closed. */
    private static long queueLength(CrawlController controller, AtomicBoolean open) {
        if (!open.get()) {
            return 0;
        }
        try {
            return controller.getFrontier().getQueueLength();
        } catch (RuntimeException e) {
            return 0; // closing under our feet: a progress figure is not worth failing for
        }
    }

    private void addSeed(CrawlController controller, CrawlRun run, Seed seed, Properties saved)
            throws InterruptedException {
        Optional<String> url = run.normalizer.normalize(seed.url().toString());
        if (url.isEmpty()) {
            LOG.warn("seed {} has a URL that cannot be normalised: {}", seed.name(), seed.url());
            return;
        }
        SeedRegistry.SeedState state = run.seeds.register(seed, url.get(), run.settings, clock);
        String count = saved.getProperty(url.get());
        if (count != null) {
            state.scheduled.set(Integer.parseInt(count));
        }
        if (controller.getDocIdServer().isSeenBefore(url.get())) {
            return;
        }
        if (!run.robotsAllow(url.get())) {
            run.failed(state, url.get(), FetchOutcome.ROBOTS_DISALLOWED, "robots.txt disallows the seed");
            return;
        }
        if (state.reservePage()) {
            run.claimSeed(url.get());
            controller.addSeed(url.get(), -1);
        }
    }

    private static CrawlConfig crawlConfig(CrawlSettings s) {
        CrawlConfig c = new CrawlConfig();
        c.setCrawlStorageFolder(s.frontierDir().toAbsolutePath().toString());
        c.setResumableCrawling(s.resumable());
        c.setPolitenessDelay((int) Math.min(Integer.MAX_VALUE, s.politenessDelay().toMillis()));
        c.setUserAgentString(s.userAgent());
        c.setConnectionTimeout((int) s.connectTimeout().toMillis());
        c.setSocketTimeout((int) s.readTimeout().toMillis());
        c.setMaxDownloadSize(s.maxPageBytes());
        c.setIncludeHttpsPages(true);
        c.setIncludeBinaryContentInCrawling(false);
        c.setProcessBinaryContentInCrawling(false);
        c.setFollowRedirects(false);
        c.setMaxDepthOfCrawling(-1);        // per seed, in CrawlRun.admitLink
        c.setMaxPagesToFetch(-1);           // per seed, in CrawlRun.admitLink
        c.setMaxOutgoingLinksToFollow(LinkParser.MAX_LINKS_PER_PAGE);
        c.setRespectNoFollow(false);        // a regulator reads what patients can reach
        c.setRespectNoIndex(false);
        c.setLanguageDetection(false);
        c.setOnlineTldListUpdate(false);
        c.setAllowSingleLevelDomain(true);  // "localhost" and bare IPs in tests and intranets
        c.setMaxConnectionsPerHost(Math.max(2, s.threads()));
        c.setMaxTotalConnections(Math.max(16, s.threads() * 4));
        c.setShutdownOnEmptyQueue(true);
        c.setThreadMonitoringDelaySeconds(1);
        c.setThreadShutdownDelaySeconds(1);
        c.setCleanupDelaySeconds(1);
        return c;
    }
}
