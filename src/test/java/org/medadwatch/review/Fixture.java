package org.medadwatch.review;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medadwatch.MovableClock;
import org.medadwatch.clue.PageObservation;
import org.medadwatch.clue.Site;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Finding;
import org.medadwatch.detect.Level;
import org.medadwatch.detect.Verdict;
import org.medadwatch.detect.ad.AdAssessment;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;
import org.medadwatch.store.RecordOutcome;
import org.medadwatch.store.Store;

/**
 * A store with clues made the way a scan makes them ({@code ClueTracker.record}), a clock the
 * test moves, and the four services on it.
 */
final class Fixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");  // 10:00 in Beijing
    static final String HANGZHOU = "330100";
    static final String NINGBO = "330200";

    final MovableClock clock = new MovableClock(T0);
    final Store store;
    final ReviewService review;
    final DispatchService dispatch;
    final FeedbackService feedback;
    final StatisticsService statistics;
    private long scan;
    private int pageNo;

    Fixture(Path dir) {
        store = Store.open(dir, clock);
        review = new ReviewService(store, clock);
        dispatch = new DispatchService(store, clock);
        feedback = new FeedbackService(store, clock);
        statistics = new StatisticsService(store);
        scan = store.scans().start("seeds.csv");
    }

    /** A page of the region with one finding of the category quoting {@code evidence}; its clue's number. */
    String clue(String region, Category category, String evidence) {
        return clue(region, category, evidence, clock.instant(), true);
    }

    String clue(String region, Category category, String evidence, Instant fetchedAt, boolean medicalAd) {
        String text = "本院专治前列腺炎。" + evidence;
        String url = "http://site" + (++pageNo) + ".example/a.html";
        Site site = new Site("某某医院" + pageNo, URI.create("http://site" + pageNo + ".example/"), Seed.Kind.SITE, region);
        int start = text.indexOf(evidence);
        Finding f = new Finding(category, category.name().toLowerCase(java.util.Locale.ROOT) + "-001", "广告法 §16",
                Level.HIGH, evidence, start, start + evidence.length(), "");
        String sha = sha256(text);
        EvidenceRef ev = new EvidenceRef("scan-" + scan + ".warc.gz", "<urn:uuid:" + sha.substring(0, 8) + ">", "sha256:" + sha);
        PageFacts facts = new PageFacts(Optional.of("某某医疗有限公司"), List.of("0571-87163320"), List.of(), Optional.empty());
        ExtractedPage page = new ExtractedPage(url, "UTF-8", "标题", text, Optional.empty(), facts, Set.of());
        Verdict verdict = new Verdict(new AdAssessment(medicalAd ? AdKind.MEDICAL_AD : AdKind.NOT_AD, 0.9, 0.9, List.of()),
                medicalAd ? List.of(f) : List.of());
        URI u = URI.create(url);
        RecordOutcome out = store.tracker().record(new PageObservation(scan, site, u, u, 200, sha, Optional.empty(),
                Optional.empty(), fetchedAt, ev, page, verdict, "rules-v1"));
        return out.cluesNew().isEmpty() ? "" : out.cluesNew().get(0);
    }

    /** A clue of the region, confirmed by {@code analyst1}. */
    String confirmed(String region, String evidence) {
        String n = clue(region, Category.CURE_GUARANTEE, evidence);
        review.confirm(List.of(n), "analyst1", "属实，建议派发");
        return n;
    }

    @Override
    public void close() {
        store.close();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
