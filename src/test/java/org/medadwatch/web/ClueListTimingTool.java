package org.medadwatch.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.medadwatch.WebClient;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.review.ReviewService;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Store;
import org.medadwatch.store.Timestamps;

/**
 * Timing tool, not a test: how long the clue list and a clue's page take over HTTP with many
 * clues. Off unless asked for:
 * <pre>mvn -q -B -o test -Dtest=ClueListTimingTool -Dmedadwatch.timing.clues=50000</pre>
 * Clues are written straight into the tables (a scan would take hours to make 50,000), spread
 * over 500 sites, every status, every category, 31 provinces and a year of first sightings.
 * Each request is made 3 times to warm up, then 10 times; the median and the slowest are printed.
 */
@EnabledIfSystemProperty(named = "medadwatch.timing.clues", matches = "[0-9]+")
class ClueListTimingTool {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] PROVINCES = {"110000", "120000", "130000", "140000", "150000", "210000", "220000",
            "230000", "310000", "320000", "330100", "330200", "340000", "350000", "360000", "370000", "410000", "420000",
            "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000",
            "630000", "640000"};

    @Test
    void measure() throws Exception {
        int clues = Integer.parseInt(System.getProperty("medadwatch.timing.clues"));
        Path dir = Files.createTempDirectory("clue-list-timing");
        try (Store store = Store.open(dir)) {
            long fill = System.nanoTime();
            populate(store, clues);
            System.out.printf(Locale.ROOT, "%d clues written in %d ms%n", clues, (System.nanoTime() - fill) / 1_000_000);
            AccountService accounts = new AccountService(store.accounts(), 4);
            accounts.add("ana", "timing-password".toCharArray(), Role.ANALYST);
            Services services = new Services(store, Optional.empty(), new EvidenceReader(dir.resolve("warc")),
                    new PageExtractor(ExtractionLimits.defaults()), accounts, new ReviewService(store, Clock.systemUTC()),
                    Clock.systemUTC());
            io.javalin.Javalin app = WebApp.create(WebConfig.defaults().withPort(0), services).start("127.0.0.1", 0);
            try {
                WebClient c = new WebClient("http://127.0.0.1:" + app.port());
                c.login("ana", "timing-password");
                for (String path : List.of("/clues", "/clues?status=NEW", "/clues?category=CURE_GUARANTEE&status=CONFIRMED",
                        "/clues?region=33", "/clues?site=site-17", "/clues?from=2026-06-01&to=2026-06-30",
                        "/clues?sort=category&dir=asc&page=40", "/clues/XS-2026-000001")) {
                    time(c, path);
                }
            } finally {
                app.stop();
            }
        } finally {
            // 50,000 clues are some 60 MB: leave nothing behind in /tmp
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void time(WebClient c, String path) throws Exception {
        for (int i = 0; i < 3; i++) {
            expectOk(c.get(path), path);
        }
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            expectOk(c.get(path), path);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-55s median %5d ms, slowest %5d ms%n", path, ms[ms.length / 2], ms[ms.length - 1]);
    }

    private static void expectOk(HttpResponse<String> r, String path) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }

    /** 500 sites, one page per clue, clues numbered from 1 in 2026. */
    private static void populate(Store store, int clues) {
        long scan = store.scans().start("seeds.csv");
        store.transaction(c -> {
            try (var site = c.prepareStatement("INSERT INTO sites (url, name, kind, region) VALUES (?, ?, 'SITE', ?)");
                 var page = c.prepareStatement("""
                         INSERT INTO pages (url, site_id, final_url, http_status, content_sha256, first_seen, last_fetched,
                             last_changed, first_scan, last_scan, last_judged_scan, is_medical_ad, ad_kind, advertiser,
                             phones, title, warc_file, warc_record_id, payload_digest)
                         VALUES (?, ?, ?, 200, 'sha', ?, ?, ?, ?, ?, ?, 1, 'MEDICAL_AD', ?, '0571-87163320', '标题',
                             'scan.warc.gz', '<urn:uuid:x>', 'sha256:x')""");
                 var clue = c.prepareStatement("""
                         INSERT INTO clues (number, number_year, number_seq, page_id, category, status, status_changed,
                             first_seen, last_seen, first_scan, last_scan, jurisdiction_code, jurisdiction_name,
                             jurisdiction_source, excerpt, basis, warc_file, warc_record_id, payload_digest)
                         VALUES (?, 2026, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SEED', ?, '广告法 §16', 'scan.warc.gz',
                             '<urn:uuid:x>', 'sha256:x')""")) {
                for (int s = 1; s <= 500; s++) {
                    site.setString(1, "http://site-" + s + ".example/");
                    site.setString(2, "某某医院 site-" + s);
                    site.setString(3, PROVINCES[s % PROVINCES.length]);
                    site.executeUpdate();
                }
                Category[] categories = Category.values();
                ClueStatus[] statuses = ClueStatus.values();
                for (int i = 1; i <= clues; i++) {
                    String seen = Timestamps.format(START.plus(Duration.ofMinutes(10L * i)));
                    int s = 1 + i % 500;
                    page.setString(1, "http://site-" + s + ".example/p/" + i + ".html");
                    page.setLong(2, s);
                    page.setString(3, "http://site-" + s + ".example/p/" + i + ".html");
                    page.setString(4, seen);
                    page.setString(5, seen);
                    page.setString(6, seen);
                    page.setLong(7, scan);
                    page.setLong(8, scan);
                    page.setLong(9, scan);
                    page.setString(10, "某某医疗有限公司" + s);
                    page.executeUpdate();
                    String code = PROVINCES[s % PROVINCES.length];
                    clue.setString(1, String.format(Locale.ROOT, "XS-2026-%06d", i));
                    clue.setInt(2, i);
                    clue.setLong(3, i);
                    clue.setString(4, categories[i % categories.length].name());
                    clue.setString(5, statuses[(i / 7) % statuses.length].name());
                    clue.setString(6, seen);
                    clue.setString(7, seen);
                    clue.setString(8, seen);
                    clue.setLong(9, scan);
                    clue.setLong(10, scan);
                    clue.setString(11, code);
                    clue.setString(12, org.medadwatch.clue.JurisdictionResolver.bundled().nameOf(code));
                    clue.setString(13, "本院专治前列腺炎，一次根治，无效退款 " + i);
                    clue.executeUpdate();
                }
            }
            return null;
        });
        store.scans().finish(scan, ScanStatus.FINISHED);
    }
}
