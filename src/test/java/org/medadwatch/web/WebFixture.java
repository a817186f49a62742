package org.medadwatch.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medadwatch.WebClient;
import org.medadwatch.clue.PageObservation;
import org.medadwatch.clue.Site;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Finding;
import org.medadwatch.detect.Level;
import org.medadwatch.detect.Verdict;
import org.medadwatch.detect.ad.AdAssessment;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.evidence.FetchRecord;
import org.medadwatch.evidence.WarcEvidenceWriter;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.index.IndexedPage;
import org.medadwatch.index.PageIndex;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.HttpHeader;
import org.medadwatch.page.PageFacts;
import org.medadwatch.store.Store;

/**
 * A data folder with two recorded pages, one of them hostile (script, event handler and
 * javascript: link in its title, evidence, advertiser, site name and body), its WARC record and
 * index document, three accounts, and the web app on 127.0.0.1 at a random port.
 */
final class WebFixture implements AutoCloseable {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String JS_LINK = "javascript:alert(1)";
    static final String PASSWORD = "correct-horse-1";
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    static final String HOSTILE_URL = "http://evil.example/a.html";
    static final String PLAIN_URL = "http://nanke.example/b.html";

    final Store store;
    final PageIndex index;
    final Javalin app;
    final String base;

    WebFixture(Path dir) throws IOException {
        this(dir, WebConfig.defaults().withPort(0));
    }

    WebFixture(Path dir, WebConfig config) throws IOException {
        this(dir, config, Clock.systemUTC());
    }

    /** With the dispatch and feedback services on {@code serviceClock} (e.g. in the past, to make clues overdue). */
    WebFixture(Path dir, WebConfig config, Clock serviceClock) throws IOException {
        store = Store.open(dir);
        index = PageIndex.open(dir.resolve("index"));
        long scan = store.scans().start("seeds.csv");
        try (WarcEvidenceWriter warc = WarcEvidenceWriter.open(dir.resolve("warc"))) {
            String hostileHtml = "<html><head><title>男科" + SCRIPT + "</title></head><body><p onclick=\"alert(1)\">"
                    + "本院专治前列腺炎，一次根治" + SCRIPT + IMG + "</p><a href=\"" + JS_LINK + "\">点我" + SCRIPT + "</a></body></html>";
            String hostileText = "本院专治前列腺炎，一次根治" + SCRIPT + IMG + " " + JS_LINK;
            record(warc, scan, new Site(SCRIPT + "某站", URI.create("http://evil.example/"), Seed.Kind.SITE, ""),
                    HOSTILE_URL, hostileHtml, "男科" + SCRIPT, hostileText, "一次根治" + SCRIPT + IMG + JS_LINK,
                    Optional.of(IMG + "某某医院" + SCRIPT));
            record(warc, scan, new Site("某某男科医院官网", URI.create("http://nanke.example/"), Seed.Kind.SITE, "330100"),
                    PLAIN_URL, "<html><head><title>男科医院</title></head><body><p>专治阳痿早泄，保证根治。</p></body></html>",
                    "男科医院", "专治阳痿早泄，保证根治。", "保证根治", Optional.of("某某男科医院"));
        }
        index.commit();
        store.scans().finish(scan, org.medadwatch.store.ScanStatus.FINISHED);
        AccountService accounts = new AccountService(store.accounts(), 4);
        accounts.add("ana", PASSWORD.toCharArray(), Role.ANALYST);
        accounts.add("sup", PASSWORD.toCharArray(), Role.SUPERVISOR);
        accounts.add("adm", PASSWORD.toCharArray(), Role.ADMIN);
        Services services = new Services(store, Optional.of(index), new EvidenceReader(dir.resolve("warc")),
                new PageExtractor(ExtractionLimits.defaults()), accounts,
                new org.medadwatch.review.ReviewService(store, Clock.systemUTC()),
                new org.medadwatch.review.DispatchService(store, serviceClock),
                new org.medadwatch.review.FeedbackService(store, serviceClock),
                new org.medadwatch.review.StatisticsService(store), Clock.systemUTC());
        app = WebApp.create(config, services).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    private void record(WarcEvidenceWriter warc, long scan, Site site, String url, String html, String title,
                        String text, String evidence, Optional<String> advertiser) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        EvidenceRef ref = warc.write(FetchRecord.get(URI.create(url), T0, 200,
                List.of(new HttpHeader("Content-Type", "text/html; charset=utf-8")), body));
        PageFacts facts = new PageFacts(advertiser, List.of("0571-87163320"), List.of(), Optional.of("浙ICP备12345678号-1"));
        ExtractedPage page = new ExtractedPage(url, "UTF-8", title, text, Optional.empty(), facts, Set.of());
        int start = text.indexOf(evidence);
        Finding f = new Finding(Category.CURE_GUARANTEE, "CURE-001", "广告法 §16(1)(一)", Level.HIGH, evidence,
                start, start < 0 ? -1 : start + evidence.length(), "保证治愈" + SCRIPT);
        Verdict verdict = new Verdict(new AdAssessment(AdKind.MEDICAL_AD, 0.9, 0.9, List.of()), List.of(f));
        String sha = sha256(body);
        store.tracker().record(new PageObservation(scan, site, URI.create(url), URI.create(url), 200, sha,
                Optional.empty(), Optional.empty(), T0, ref, page, verdict, "rules-v1"));
        index.upsert(new IndexedPage(url, URI.create(url).getHost(), title, text, T0, Set.of(Category.CURE_GUARANTEE),
                Optional.of(AdKind.MEDICAL_AD), advertiser));
    }

    /**
     * Records one more page of a seed with {@code region}, without an archived copy, as a scan
     * at {@code at} would; the numbers of the clues it made.
     */
    List<String> recordPage(String url, String region, Instant at, List<Finding> findings) {
        String text = findings.stream().map(Finding::evidence).reduce("", (a, b) -> a + b + "。");
        PageFacts facts = new PageFacts(Optional.of("某某医院"), List.of(), List.of(), Optional.empty());
        ExtractedPage page = new ExtractedPage(url, "UTF-8", "标题", text, Optional.empty(), facts, Set.of());
        Verdict verdict = new Verdict(new AdAssessment(AdKind.MEDICAL_AD, 0.9, 0.9, List.of()), findings);
        String sha = sha256(text.getBytes(StandardCharsets.UTF_8));
        long scan = store.scans().start("seeds.csv");
        EvidenceRef ref = new EvidenceRef("missing.warc.gz", "<urn:uuid:" + sha.substring(0, 8) + ">", "sha256:" + sha);
        List<String> made = store.tracker().record(new PageObservation(scan, new Site("某站", URI.create(url).resolve("/"),
                Seed.Kind.SITE, region), URI.create(url), URI.create(url), 200, sha, Optional.empty(), Optional.empty(), at,
                ref, page, verdict, "rules-v1")).cluesNew();
        store.scans().finish(scan, org.medadwatch.store.ScanStatus.FINISHED);
        return made;
    }

    static Finding finding(Category category, String ruleId, String evidence) {
        return new Finding(category, ruleId, "广告法 §16", Level.HIGH, evidence, -1, -1, "");
    }

    /** The clue number of a page's (only) clue. */
    String clueOf(String url) {
        return store.clues().ofPage(url).get(0).number();
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser logged in as {@code user} (one of the fixture's accounts), on the clue list. */
    WebClient loggedIn(String user) throws IOException, InterruptedException {
        WebClient c = new WebClient(base);
        HttpResponse<String> r = c.login(user, PASSWORD);
        if (r.statusCode() != 303) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        c.get("/clues");
        return c;
    }

    @Override
    public void close() throws IOException {
        app.stop();
        index.close();
        store.close();
    }
}
