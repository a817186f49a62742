package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.app.RuleBook;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.index.PageIndex;
import org.medadwatch.store.Store;

/** A page reached through a redirect is kept under the URL asked for: a re-scan finds it unchanged. */
class RedirectedPageRescanIT {
    private static final String AD = "<html><head><meta charset=\"utf-8\"><title>前列腺炎_某某男科医院</title></head><body>"
            + "<p>根治前列腺炎不复发，治愈率高达98%。咨询电话：0571-87654321</p></body></html>";

    @Test
    void redirectedPageIsUnchangedOnRescanAndIndexedOnce(@TempDir Path dir) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = switch (path) {
                case "/" -> "<html><body><a href=\"/old.html\">专题</a></body></html>".getBytes(StandardCharsets.UTF_8);
                case "/new.html" -> AD.getBytes(StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            if (path.equals("/old.html")) {
                exchange.getResponseHeaders().set("Location", "/new.html");
                exchange.sendResponseHeaders(301, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            List<Seed> seeds = List.of(new Seed("测试站", root, Seed.Kind.SITE, "330100", 10, 2));
            RuleBook book = RuleBook.load(Optional.of(Path.of("rules")));
            Detector detector = new Detector(RuleMatcher.compile(book.rules()),
                    AdJudge.standard(), new ApprovalCheck(Optional.empty(), LocalDate.of(2026, 11, 1)));
            ScanPipeline pipeline = new ScanPipeline(new DataFolder(dir), detector, book.fingerprint("test"),
                    CrawlSettings.defaults().withPolitenessDelay(Duration.ZERO), ExtractionLimits.defaults());
            ScanSummary first = pipeline.run("seeds", seeds, s -> { });
            ScanSummary second = pipeline.run("seeds", seeds, s -> { });
            assertEquals(2, first.counters().judged(), "home page and the redirected page");
            assertEquals(0, second.counters().judged(), "nothing changed, nothing judged again");
            assertEquals(second.counters().fetched(), second.counters().unchanged());
            try (Store store = Store.open(dir)) {
                assertEquals(2, store.pages().count());
                assertEquals(true, store.pages().find(root.resolve("/old.html").toString()).isPresent(),
                        "kept under the URL asked for");
            }
            try (PageIndex index = PageIndex.open(dir.resolve("index"))) {
                assertEquals(2, index.size());
            }
        } finally {
            server.stop(0);
        }
    }
}
