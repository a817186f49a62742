package org.medadwatch.scan;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.medadwatch.clue.PageObservation;
import org.medadwatch.clue.RemovalReason;
import org.medadwatch.clue.Site;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.Crawler;
import org.medadwatch.crawl.FetchFailure;
import org.medadwatch.crawl.FetchListener;
import org.medadwatch.crawl.FetchOutcome;
import org.medadwatch.crawl.FetchedPage;
import org.medadwatch.crawl.RevisitHints;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.rules.RulesFingerprint;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.evidence.WarcEvidenceWriter;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;
import org.medadwatch.index.PageIndex;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.store.ClueListQuery;
import org.medadwatch.store.RecordOutcome;
import org.medadwatch.store.RemovalOutcome;
import org.medadwatch.store.RevisitHint;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Store;
import org.medadwatch.store.StoredPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scan of a seed list into a data folder: crawl, keep every response as WARC evidence,
 * judge, index, and record pages, findings and clues. Evidence is on disk before the store
 * records the page that cites it. A scan that was killed is found unfinished in the store and
 * resumed from the crawler's frontier; recording is idempotent, so pages fetched twice across
 * the crash are stored once. While it works, its heartbeat is stamped in the store
 * ({@link ScanHeartbeat}), so a scan left RUNNING by a killed process shows as interrupted.
 *
 * <p>A scan in which nothing answered ({@link FetchAnswers}: every fetch refused, timed out or
 * unresolved, most likely our network being down) is closed FAILED with why, not FINISHED, and
 * touches no page: the "site unreachable" removals its seeds would earn are only recorded at the
 * end of a scan in which something answered. (A crash drops those pending removals; the next
 * scan finds the sites unreachable again.)
 */
public final class ScanPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ScanPipeline.class);
    /** Index changes are committed at least this often, and at the end. */
    private static final int INDEX_COMMIT_EVERY = 500;

    private final DataFolder data;
    private final Optional<OpenDataFolder> open;
    private final Detector detector;
    private final RulesFingerprint rules;
    private final CrawlSettings crawlSettings;
    private final ExtractionLimits limits;

    /**
     * A pipeline that opens the folder's index and store for each run, and closes them after.
     *
     * @param rules what the detector's verdicts are made under: a page judged under another
     *              fingerprint is judged again even when its content is unchanged
     */
    public ScanPipeline(DataFolder data, Detector detector, RulesFingerprint rules, CrawlSettings crawlSettings,
                        ExtractionLimits limits) {
        this(data, Optional.empty(), detector, rules, crawlSettings, limits);
    }

    private ScanPipeline(DataFolder data, Optional<OpenDataFolder> open, Detector detector, RulesFingerprint rules,
                         CrawlSettings crawlSettings, ExtractionLimits limits) {
        this.data = Objects.requireNonNull(data, "data");
        this.open = open;
        this.detector = Objects.requireNonNull(detector, "detector");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.crawlSettings = Objects.requireNonNull(crawlSettings, "crawlSettings");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A pipeline that writes through a store and index its caller holds open (serve's), so the
     * caller's searches see the scan's pages. Two runs through one folder must not overlap: the
     * caller keeps them apart ({@code org.medadwatch.schedule.ScanGuard}).
     */
    public static ScanPipeline through(OpenDataFolder open, Detector detector, RulesFingerprint rules,
                                       CrawlSettings crawlSettings, ExtractionLimits limits) {
        return new ScanPipeline(open.folder(), Optional.of(open), detector, rules, crawlSettings, limits);
    }

    /**
     * Crawls {@code seeds} and returns when done.
     *
     * @param seedsFile the seed list's name, kept with the scan
     * @param progress  called with the running totals now and then, from a crawler thread
     */
    public ScanSummary run(String seedsFile, List<Seed> seeds, Consumer<ScanCounters.Snapshot> progress) throws IOException {
        if (open.isPresent()) {
            return run(open.get().store(), open.get().index(), seedsFile, seeds, progress);
        }
        // The index first: its write lock is what keeps a second process off this data folder,
        // so a scan that cannot have it stops before it touches the store or the evidence.
        try (PageIndex index = PageIndex.open(data.index());
             Store store = Store.open(data.root())) {
            return run(store, index, seedsFile, seeds, progress);
        }
    }

    private ScanSummary run(Store store, PageIndex index, String seedsFile, List<Seed> seeds,
                            Consumer<ScanCounters.Snapshot> progress) throws IOException {
        try (WarcEvidenceWriter warc = WarcEvidenceWriter.open(data.warc())) {
            Optional<Scan> running = store.scans().findRunning();
            long scanId = running.map(Scan::id).orElseGet(() -> store.scans().start(seedsFile));
            Path frontier = data.frontier(scanId);
            ScanCounters counters = new ScanCounters();
            FetchAnswers answers = new FetchAnswers();
            Listener listener = new Listener(scanId, store, warc, new EvidenceReader(data.warc()), index,
                    new PageJudge(new PageExtractor(limits), detector), rules, counters, answers, progress);
            // alive while it works (a killed process stops beating); stopped before the scan is closed
            ScanHeartbeat heartbeat = new ScanHeartbeat(store.scans(), scanId);
            try (heartbeat) {
                if (running.isEmpty()) {
                    deleteRecursively(frontier);
                } else {
                    LOG.info("resuming scan {} from {}", scanId, frontier);
                    new Reindexer(store, data, new PageJudge(new PageExtractor(limits), detector), index).reindexScan(scanId);
                }
                LOG.info("scan {} judges under rules {}", scanId, rules.shortForm());
                Map<String, RevisitHints.Validators> validators = new HashMap<>();
                store.pages().revisitHints().forEach((url, hint) -> validators.put(url,
                        new RevisitHints.Validators(hint.etag(), hint.lastModified())));
                List<Seed> crawled = RecheckSeeds.with(seeds, store.pages().recheckTargets());
                if (crawled.size() > seeds.size()) {
                    LOG.info("re-checking {} pages under follow-up besides the seeds", crawled.size() - seeds.size());
                }
                new Crawler().crawl(crawled, crawlSettings.withFrontierDir(frontier), listener, RevisitHints.of(validators));
                index.commit();
            }
            // a resumed scan's pages stored before the crash were answers too
            Optional<String> failure = running.isPresent() && !store.pages().urlsRecordedIn(scanId).isEmpty()
                    ? Optional.empty() : answers.failure();
            if (failure.isPresent()) {
                store.scans().fail(scanId, failure.get());
                LOG.warn("scan {} failed: {}; nothing answered, so no site is recorded unreachable and the scan"
                        + " does not count as done", scanId, failure.get());
            } else {
                listener.recordUnreachableSites();
                store.scans().finish(scanId, ScanStatus.FINISHED);
            }
            deleteRecursively(frontier);
            return new ScanSummary(scanId, running.isPresent(), counters.snapshot(), openClues(store), failure);
        }
    }

    /** Open clues by category, counted by the store (the clue list's GROUP BY), not by loading every row. */
    private static Map<Category, Long> openClues(Store store) {
        Set<ClueStatus> open = EnumSet.noneOf(ClueStatus.class);
        Arrays.stream(ClueStatus.values()).filter(ClueStatus::isOpen).forEach(open::add);
        return store.clues().list(ClueListQuery.firstPage(new ClueFilter(open, Set.of(), Optional.empty()), 1))
                .byCategory();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Receives the crawler's pages on its threads; persistence is serialised, judging is not. */
    private static final class Listener implements FetchListener {
        private final long scanId;
        private final Store store;
        private final WarcEvidenceWriter warc;
        private final EvidenceReader evidence;
        private final PageIndex index;
        private final PageJudge judge;
        private final RulesFingerprint rules;
        private final ScanCounters counters;
        private final FetchAnswers answers;
        private final Consumer<ScanCounters.Snapshot> progress;
        private final Object persistLock = new Object();
        /** Seeds that found nothing at their address: recorded removed at the end, if anything answered. */
        private final List<FetchFailure> unreachableSites = new CopyOnWriteArrayList<>();
        private int sinceCommit;
        private long lastProgress = System.nanoTime();

        Listener(long scanId, Store store, WarcEvidenceWriter warc, EvidenceReader evidence, PageIndex index,
                 PageJudge judge, RulesFingerprint rules, ScanCounters counters, FetchAnswers answers,
                 Consumer<ScanCounters.Snapshot> progress) {
            this.scanId = scanId;
            this.store = store;
            this.warc = warc;
            this.evidence = evidence;
            this.index = index;
            this.judge = judge;
            this.rules = rules;
            this.counters = counters;
            this.answers = answers;
            this.progress = progress;
        }

        @Override
        public void fetched(FetchedPage page) {
            counters.fetched();
            answers.page();
            try {
                handle(page);
            } catch (IOException | RuntimeException e) {
                // One page's failure is recorded and the scan goes on.
                counters.failed("ERROR");
                LOG.warn("{}: not recorded: {}", page.url(), e.toString());
            }
            report();
        }

        private void handle(FetchedPage page) throws IOException {
            byte[] body = page.body();
            String sha = sha256(body);
            // A page is kept under the URL that was asked for (the seed's or the link's), as the
            // crawler's conditional requests and the index are; where redirects led is kept beside it.
            String url = page.redirectChain().isEmpty() ? page.url() : page.redirectChain().get(0);
            Optional<StoredPage> known = store.pages().find(url);
            if (known.isPresent() && known.get().judgedAlready(sha, rules.sha256())) {
                store.tracker().recordUnchanged(scanId, url, page.fetchedAt());
                counters.unchanged();
                return;
            }
            // The same content judged under other rules: the capture already kept is its evidence.
            Optional<EvidenceRef> kept = known.filter(k -> k.removal().isEmpty() && k.contentSha256().equals(sha))
                    .map(StoredPage::evidence);
            PageJudge.Judged judged;
            try {
                judged = judge.judge(body, page.contentType(), page.url());
            } catch (PageRejectedException e) {
                if (kept.isEmpty()) {
                    warc.write(EvidenceRecords.of(page));
                }
                counters.rejected();
                LOG.info("{}", e.getMessage());
                return;
            }
            EvidenceRef ref = kept.isPresent() ? kept.get() : warc.write(EvidenceRecords.of(page)); // on disk before anything cites it
            record(new PageObservation(scanId, Site.of(page.seed()), URI.create(url), URI.create(page.url()),
                    page.status(), sha, page.findHeader("ETag"), page.findHeader("Last-Modified"), page.fetchedAt(), ref,
                    judged.page(), judged.verdict(), rules.sha256()), judged);
        }

        /**
         * A 304 for a page judged under other rules (or recorded removed): judged again from the body
         * its evidence keeps, as if it had changed, without fetching it again.
         */
        private void notModified(Seed seed, String url) throws IOException {
            Instant now = Instant.now();
            Optional<StoredPage> known = store.pages().find(url);
            if (known.isEmpty() || known.get().judgedAlready(known.get().contentSha256(), rules.sha256())) {
                store.tracker().recordUnchanged(scanId, url, now);
                counters.unchanged();
                return;
            }
            StoredPage page = known.get();
            Optional<StoredBody> body = StoredBody.find(evidence, page.evidence());
            if (body.isEmpty()) {
                LOG.warn("{}: evidence {} not found; kept its verdict under the old rules", url, page.evidence());
                store.tracker().recordUnchanged(scanId, url, now);
                counters.unchanged();
                return;
            }
            PageJudge.Judged judged;
            try {
                judged = judge.judge(body.get().body(), body.get().contentType(), page.finalUrl());
            } catch (PageRejectedException e) {
                counters.rejected();
                LOG.info("{}", e.getMessage());
                return;
            }
            RevisitHint validators = store.pages().findRevisitHint(url).orElseThrow();
            record(new PageObservation(scanId, Site.of(seed), URI.create(url), URI.create(page.finalUrl()),
                    page.httpStatus(), page.contentSha256(), validators.etag(), validators.lastModified(), now,
                    page.evidence(), judged.page(), judged.verdict(), rules.sha256()), judged);
        }

        private void record(PageObservation observation, PageJudge.Judged judged) throws IOException {
            synchronized (persistLock) {
                RecordOutcome outcome = store.tracker().record(observation);
                counters.judged(judged.verdict().isMedicalAd(), judged.verdict().findings().size(), outcome.rejudged());
                counters.newClues(outcome.cluesNew().size());
                counters.cluesGone(outcome.cluesGone().size());
                index.upsert(Reindexer.indexed(observation.url().toString(), observation.fetchedAt(), judged));
                if (++sinceCommit >= INDEX_COMMIT_EVERY) {
                    index.commit();
                    sinceCommit = 0;
                }
            }
        }

        @Override
        public void starting(LongSupplier queued) {
            counters.queueFrom(queued);
        }

        @Override
        public void failed(FetchFailure failure) {
            answers.failed(failure.outcome());
            try {
                if (failure.outcome() == FetchOutcome.NOT_MODIFIED) {
                    notModified(failure.seed(), failure.url());
                } else {
                    counters.failed(failure.outcome().name());
                    LOG.info("{}: {} ({})", failure.url(), failure.outcome(), failure.detail());
                    RemovalPolicy.of(failure).ifPresent(reason -> {
                        if (reason == RemovalReason.SITE_UNREACHABLE) {
                            unreachableSites.add(failure);  // our network may be what is down: decided at the end
                        } else {
                            recordRemoval(failure, reason);  // the server answered 404 or 410
                        }
                    });
                }
            } catch (IOException | RuntimeException e) {
                counters.failed("ERROR");
                LOG.warn("{}: not recorded: {}", failure.url(), e.toString());
            }
            report();
        }

        /** Once the crawl is over and something answered: the unreachable seeds' sites are gone. */
        void recordUnreachableSites() {
            for (FetchFailure failure : unreachableSites) {
                try {
                    recordRemoval(failure, RemovalReason.SITE_UNREACHABLE);
                } catch (RuntimeException e) {
                    LOG.warn("{}: removal not recorded: {}", failure.url(), e.toString());
                }
            }
        }

        private void recordRemoval(FetchFailure failure, RemovalReason reason) {
            Instant now = Instant.now();
            RemovalOutcome outcome = reason == RemovalReason.SITE_UNREACHABLE
                    ? store.removals().recordSite(scanId, Site.of(failure.seed()).url().toString(), reason, now)
                    : store.removals().recordPage(scanId, failure.url(), reason, now);
            counters.removed(outcome.pagesRemoved().size());
            counters.cluesGone(outcome.cluesGone().size());
            outcome.pagesRemoved().forEach(url -> LOG.info("{}: recorded removed ({})", url, reason));
        }

        private void report() {
            long now = System.nanoTime();
            if (now - lastProgress > 1_000_000_000L) {
                lastProgress = now;
                progress.accept(counters.snapshot());
            }
        }
    }
}
