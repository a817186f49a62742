package org.medadwatch.crawl;

import org.medadwatch.page.HttpHeader;
import edu.uci.ics.crawler4j.frontier.DocIDServer;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State shared by the fetcher, the link parser and the workers of one crawl: settings, seeds,
 * the listener and the tally. Also decides whether a link is followed ({@link #admitLink}).
 */
final class CrawlRun {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
    /** Rejected links are reported once per URL; this bounds the memory that takes. */
    private static final int MAX_REMEMBERED_REJECTIONS = 200_000;

    /** What the fetcher learnt about the page the current worker thread is processing. */
    record Fetched(SeedRegistry.SeedState seed, String url, int status, List<HttpHeader> headers,
            Optional<String> contentType, byte[] body, java.time.Instant fetchedAt,
            String request, List<String> redirectChain) {
    }

    final CrawlSettings settings;
    final FetchListener listener;
    final RevisitHints hints;
    final SeedRegistry seeds = new SeedRegistry();
    final UrlNormalizer normalizer = new UrlNormalizer();
    final HostPoliteness politeness;
    final Clock clock;
    private final Map<FetchOutcome, LongAdder> tally = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    /**
     * URLs this run has scheduled or followed. crawler4j checks "seen before" and assigns a doc id
     * in two steps, so two workers finding one link at once would both schedule it; claiming here
     * first makes that one fetch. (A resumed run starts empty; crawler4j's persisted ids cover it.)
     */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Fetched> current = new ThreadLocal<>();
    private volatile RobotstxtServer robots;
    private volatile WebURLFactory urlFactory;
    private volatile DocIDServer docIds;

    CrawlRun(CrawlSettings settings, FetchListener listener, RevisitHints hints, Clock clock) {
        this.settings = settings;
        this.listener = listener;
        this.hints = hints;
        this.clock = clock;
        this.politeness = new HostPoliteness(settings.politenessDelay());
    }

    void attach(RobotstxtServer robotsServer, WebURLFactory factory, DocIDServer docIdServer) {
        this.robots = robotsServer;
        this.urlFactory = factory;
        this.docIds = docIdServer;
    }

    /**
     * Claims a redirect target in crawler4j's seen-URL store; false when it was seen already (it
     * is, or will be, fetched under its own name).
     */
    boolean claimRedirectTarget(String url) {
        if (!claimed.add(url)) {
            return false;
        }
        DocIDServer ids = docIds;
        if (ids == null) {
            return true;
        }
        synchronized (ids) {
            if (ids.isSeenBefore(url)) {
                return false;
            }
            ids.getNewDocID(url);
            return true;
        }
    }

    void setCurrent(Fetched fetched) {
        current.set(fetched);
    }

    Optional<Fetched> current() {
        return Optional.ofNullable(current.get());
    }

    void clearCurrent() {
        current.remove();
    }

    /** Reports a URL that yields no page. */
    void failed(SeedRegistry.SeedState seed, String url, FetchOutcome outcome, String detail) {
        failed(seed, url, outcome, Optional.empty(), detail);
    }

    /** Reports a URL the server answered without a page to keep. */
    void failed(SeedRegistry.SeedState seed, String url, FetchOutcome outcome, Optional<Integer> httpStatus,
                String detail) {
        tally.computeIfAbsent(outcome, o -> new LongAdder()).increment();
        LOG.debug("{} {} ({})", outcome, url, detail);
        try {
            listener.failed(new FetchFailure(seed.seed, url, url.equals(seed.seedUrl), outcome, httpStatus, detail));
        } catch (RuntimeException e) {
            LOG.warn("listener failed on {} for {}: {}", outcome, url, e.toString());
        }
    }

    /** Reports a rejected link once per URL and outcome, however many pages link to it. */
    private void rejectedLink(SeedRegistry.SeedState seed, String url, FetchOutcome outcome, String detail) {
        if (reported.size() < MAX_REMEMBERED_REJECTIONS && !reported.add(outcome + " " + url)) {
            return;
        }
        failed(seed, url, outcome, detail);
    }

    void delivered(FetchedPage page) {
        tally.computeIfAbsent(FetchOutcome.FETCHED, o -> new LongAdder()).increment();
        try {
            listener.fetched(page);
        } catch (RuntimeException e) {
            LOG.warn("listener failed on page {}: {}", page.url(), e.toString());
        }
    }

    Map<FetchOutcome, Long> tally() {
        Map<FetchOutcome, Long> m = new EnumMap<>(FetchOutcome.class);
        tally.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    /** Whether robots.txt lets us fetch {@code url} (always true when robots are not respected). */
    boolean robotsAllow(String url) {
        if (!settings.respectRobots() || robots == null) {
            return true;
        }
        WebURL w = urlFactory.newWebUrl();
        w.setURL(url);
        try {
            return robots.allows(w);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether a link found on {@code parentUrl} is to be crawled. Order: the seed's kind and
     * scope, traps, depth, robots.txt, not claimed by this run yet, and last the seed's page
     * budget. Rejections other than depth, claim and budget are reported.
     */
    boolean admitLink(String parentUrl, String url, int depth) {
        Optional<SeedRegistry.SeedState> seed = admissible(parentUrl, url, depth);
        return seed.isPresent() && claimed.add(url) && seed.get().reservePage();
    }

    /** Marks a seed URL as scheduled, so a link to it is not scheduled a second time. */
    void claimSeed(String url) {
        claimed.add(url);
    }

    /** The seed that owns {@code url} when the link may be followed, before claiming and budget. */
    private Optional<SeedRegistry.SeedState> admissible(String parentUrl, String url, int depth) {
        Optional<SeedRegistry.SeedState> owner = seeds.find(parentUrl);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        SeedRegistry.SeedState seed = owner.get();
        if (seed.seed.kind() == Seed.Kind.ARTICLE) {
            return Optional.empty();
        }
        if (!SeedRegistry.sameSite(seed.seedUrl, url)) {
            rejectedLink(seed, url, FetchOutcome.OUT_OF_SCOPE, "not on the site of " + seed.seedUrl);
            return Optional.empty();
        }
        if (depth > seed.seed.maxDepth()) {
            return Optional.empty();
        }
        Optional<String> trap = seed.traps.check(url);
        if (trap.isPresent()) {
            rejectedLink(seed, url, FetchOutcome.TRAP, trap.get());
            return Optional.empty();
        }
        if (!robotsAllow(url)) {
            rejectedLink(seed, url, FetchOutcome.ROBOTS_DISALLOWED, "robots.txt disallows it");
            return Optional.empty();
        }
        return owner;
    }
}
