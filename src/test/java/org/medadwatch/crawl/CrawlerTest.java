package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.page.ExtractedPage;

/**
 * One crawl over several real loopback sites, then one assertion per behaviour. Sites are told
 * apart by port: a SITE seed owns its host:port.
 */
class CrawlerTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final int HUGE = 20 * 1024 * 1024;

    @TempDir
    static Path tmp;

    static TestSite main;
    static TestSite other;
    static TestSite misc;
    static TestSite limited;
    static TestSite calendar;
    static RecordingListener listener;
    static CrawlReport report;

    @BeforeAll
    static void crawlAllSites() throws Exception {
        main = new TestSite();
        other = new TestSite();
        misc = new TestSite();
        limited = new TestSite();
        calendar = new TestSite();

        other.html("/", "<html><body>another site</body></html>");

        main.bytes("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(Charset.forName("UTF-8")));
        main.html("/", "<html><body>"
                + "<a href='/page1'>p1</a> <a href='/page1;jsessionid=ABC123'>p1 again</a>"
                + "<a href='/private/secret.html'>secret</a>"
                + "<a href='/a/b/a/b/a/b/x.html'>loop path</a>"
                + "<a href='" + other.url("/") + "'>elsewhere</a>"
                + "<a href='/deep1'>deep</a>"
                + "</body></html>");
        main.html("/page1", "<html><body>page one <a href='/?PHPSESSID=xyz'>home</a></body></html>");
        main.html("/private/secret.html", "<html><body>secret</body></html>");
        main.html("/a/b/a/b/a/b/x.html", "<html><body>trap</body></html>");
        calendar.handler("/calendar", ex -> {
            String q = ex.getRequestURI().getQuery();
            int month = Integer.parseInt(q.substring(q.indexOf('=') + 1));
            TestSite.send(ex, 200, "text/html; charset=utf-8", ("<html><body>month " + month
                    + " <a href='/calendar?month=" + (month + 1) + "'>next</a></body></html>").getBytes(Charset.forName("UTF-8")));
        });
        for (int i = 1; i <= 5; i++) {
            main.html("/deep" + i, "<html><body><a href='/deep" + (i + 1) + "'>deeper</a></body></html>");
        }

        misc.status("/gone", 404);
        misc.status("/broken", 500);
        misc.handler("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.send(ex, 200, "text/html", "<html>late</html>".getBytes(Charset.forName("UTF-8")));
        });
        misc.html("/gbk.html", "<html><head><meta charset=\"gbk\"><title>广告</title></head>"
                + "<body><p>本院专治各种疑难杂症，药到病除</p></body></html>", GBK, "text/html");
        misc.handler("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse it by
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = ex.getResponseBody()) {
                for (int sent = 0; sent < HUGE; sent += chunk.length) {
                    out.write(chunk);
                }
            }
        });
        misc.handler("/huge-declared", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, HUGE);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                for (int sent = 0; sent < HUGE; sent += chunk.length) {
                    out.write(chunk);
                }
            }
        });
        misc.bytes("/logo", "text/html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        misc.redirect("/loop-a", 302, "/loop-b");
        misc.redirect("/loop-b", 302, "/loop-a");
        misc.redirect("/moved", 301, "/gbk.html?from=moved");
        misc.html("/s/article1", "<html><body><h1>公众号文章</h1>"
                + "<a href='/s/article2'>下一篇</a></body></html>");
        misc.html("/s/article2", "<html><body>should not be fetched</body></html>");
        misc.handler("/etag", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", "\"v2\"");
            TestSite.send(ex, 200, "text/html", "<html>changed</html>".getBytes(Charset.forName("UTF-8")));
        });

        StringBuilder hub = new StringBuilder("<html><body>");
        for (int i = 0; i < 20; i++) {
            limited.html("/p" + i, "<html><body>page " + i + "</body></html>");
            hub.append("<a href='/p").append(i).append("'>").append(i).append("</a>");
        }
        limited.html("/", hub.append("</body></html>").toString());

        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed("main", URI.create(main.url("/")), Seed.Kind.SITE, "110105", 100, 3));
        seeds.add(new Seed("calendar", URI.create(calendar.url("/calendar?month=1")), Seed.Kind.SITE, "", 1000, 1000));
        seeds.add(new Seed("limited", URI.create(limited.url("/")), Seed.Kind.SITE, "", 5, 3));
        for (String path : List.of("/gone", "/broken", "/slow", "/gbk.html", "/huge", "/huge-declared",
                "/logo", "/loop-a", "/moved", "/s/article1", "/etag")) {
            seeds.add(new Seed("misc " + path, URI.create(misc.url(path)), Seed.Kind.ARTICLE, "", 1, 0));
        }
        CrawlSettings settings = CrawlSettings.from(Map.of(
                "crawl.politeness.delay.ms", "0",
                "crawl.read.timeout.ms", "1000",
                "crawl.connect.timeout.ms", "1000",
                "crawl.threads", "6",
                "crawl.frontier.dir", tmp.resolve("frontier").toString()));
        listener = new RecordingListener();
        RevisitHints hints = RevisitHints.of(Map.of(misc.url("/etag"),
                new RevisitHints.Validators(Optional.of("\"v1\""), Optional.empty())));
        report = new Crawler().crawl(seeds, settings, listener, hints);
    }

    @AfterAll
    static void stopSites() {
        for (TestSite s : new TestSite[] {main, other, misc, limited, calendar}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    void crawlFinishesAndClearsItsFrontier() {
        assertTrue(report.finished());
        assertFalse(Files.exists(tmp.resolve("frontier")), "a finished crawl leaves no frontier behind");
    }

    @Test
    void robotsDisallowIsHonouredAndReported() {
        assertEquals(0, main.requestCount("/private/secret.html"));
        assertEquals(List.of(FetchOutcome.ROBOTS_DISALLOWED), listener.outcomesFor(main.url("/private/secret.html")));
    }

    @Test
    void sessionIdsAreNormalisedAwaySoAPageIsFetchedOnce() {
        assertEquals(1, main.requestCount("/page1"));
        assertEquals(1, main.requestCount("/"));
        assertTrue(listener.page(main.url("/page1")).isPresent());
    }

    @Test
    void endlessCalendarStopsWithinABoundAsTrap() {
        long calendarPages = calendar.requests().stream().filter(r -> r.pathAndQuery().startsWith("/calendar")).count();
        assertTrue(calendarPages >= 1 && calendarPages <= 12, "calendar pages fetched: " + calendarPages);
        assertTrue(listener.outcomesFor(calendar.url("/calendar?month=13")).contains(FetchOutcome.TRAP));
    }

    @Test
    void repeatedPathSegmentsAreATrap() {
        assertEquals(0, main.requestCount("/a/b/a/b/a/b/x.html"));
        assertEquals(List.of(FetchOutcome.TRAP), listener.outcomesFor(main.url("/a/b/a/b/a/b/x.html")));
    }

    @Test
    void linksToAnotherLoopbackSiteAreOutOfScopeAndNotFollowed() {
        assertEquals(0, other.requests().size());
        assertEquals(List.of(FetchOutcome.OUT_OF_SCOPE), listener.outcomesFor(other.url("/")));
    }

    @Test
    void maxDepthStopsFollowingLinks() {
        // seed is depth 0; /deep1 is 1, /deep3 is 3 = max_depth, /deep4 would be 4
        assertEquals(1, main.requestCount("/deep3"));
        assertEquals(0, main.requestCount("/deep4"));
        assertEquals(3, listener.page(main.url("/deep3")).orElseThrow().depth());
    }

    @Test
    void maxPagesCapsASite() {
        assertEquals(5, listener.fetchedCount(limited.url("")));
        long pageRequests = limited.requests().stream().filter(r -> !r.pathAndQuery().equals("/robots.txt")).count();
        assertEquals(5, pageRequests);
    }

    @Test
    void notFoundAndServerErrorAreReported() {
        assertEquals(List.of(FetchOutcome.NOT_FOUND), listener.outcomesFor(misc.url("/gone")));
        assertEquals(List.of(FetchOutcome.SERVER_ERROR), listener.outcomesFor(misc.url("/broken")));
    }

    @Test
    void aServerSlowerThanTheReadTimeoutIsTimeout() {
        assertEquals(List.of(FetchOutcome.TIMEOUT), listener.outcomesFor(misc.url("/slow")));
    }

    @Test
    void gbkPageWithoutHeaderCharsetArrivesAsRawBytesThatDecodeThroughPageExtractor() throws Exception {
        FetchedPage page = listener.page(misc.url("/gbk.html")).orElseThrow();
        assertEquals(Optional.of("text/html"), page.contentType());
        byte[] expected = ("<html><head><meta charset=\"gbk\"><title>广告</title></head>"
                + "<body><p>本院专治各种疑难杂症，药到病除</p></body></html>").getBytes(GBK);
        assertTrue(java.util.Arrays.equals(expected, page.body()), "body is the server's bytes, undecoded");
        ExtractedPage extracted = new PageExtractor(ExtractionLimits.defaults())
                .extract(page.body(), page.contentType(), page.url());
        assertTrue(extracted.text().contains("药到病除"), extracted.text());
    }

    @Test
    void twentyMegabytePageIsTooLargeWhetherDeclaredOrStreamed() {
        assertEquals(List.of(FetchOutcome.TOO_LARGE), listener.outcomesFor(misc.url("/huge")));
        assertEquals(List.of(FetchOutcome.TOO_LARGE), listener.outcomesFor(misc.url("/huge-declared")));
    }

    @Test
    void pngBytesServedAsHtmlAreNotHtml() {
        assertEquals(List.of(FetchOutcome.NOT_HTML), listener.outcomesFor(misc.url("/logo")));
    }

    @Test
    void redirectLoopIsStopped() {
        assertEquals(List.of(FetchOutcome.REDIRECT_LOOP), listener.outcomesFor(misc.url("/loop-a")));
        assertTrue(misc.requestCount("/loop-a") <= 2 && misc.requestCount("/loop-b") <= 2);
    }

    @Test
    void redirectIsFollowedAndItsChainRecorded() {
        FetchedPage page = listener.page(misc.url("/gbk.html?from=moved")).orElseThrow();
        assertEquals(List.of(misc.url("/moved")), page.redirectChain());
    }

    @Test
    void articleSeedFetchesOnlyThatPage() {
        assertTrue(listener.page(misc.url("/s/article1")).isPresent());
        assertEquals(0, misc.requestCount("/s/article2"));
    }

    @Test
    void revisitHintsSendIfNoneMatchAndA304IsNotModified() {
        assertEquals(List.of(FetchOutcome.NOT_MODIFIED), listener.outcomesFor(misc.url("/etag")));
        TestSite.Request r = misc.requests().stream().filter(q -> q.pathAndQuery().equals("/etag")).findFirst().orElseThrow();
        assertEquals("\"v1\"", r.header("If-None-Match"));
    }

    @Test
    void requestsNameTheToolAndAContact() {
        String ua = main.requests().get(0).header("User-Agent");
        assertTrue(ua.startsWith("MedAdWatch/") && ua.contains("contact"), ua);
        FetchedPage page = listener.page(main.url("/")).orElseThrow();
        assertTrue(page.requestMethodAndHeaders().startsWith("GET / HTTP/1.1\r\n"), page.requestMethodAndHeaders());
        assertTrue(page.requestMethodAndHeaders().contains("User-Agent: MedAdWatch/"));
        assertEquals(200, page.status());
        assertEquals("main", page.seed().name());
    }

    @Test
    void reportCountsEachOutcome() {
        assertEquals(listener.pages.size(), report.pagesFetched());
        assertEquals(2, report.count(FetchOutcome.TOO_LARGE));
    }
}
