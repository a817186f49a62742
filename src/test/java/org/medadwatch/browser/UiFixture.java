package org.medadwatch.browser;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.medadwatch.app.RuleBook;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.SeedFile;
import org.medadwatch.demo.DemoSite;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.approval.ApprovalRegistry;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.index.PageIndex;
import org.medadwatch.review.ReviewService;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.scan.ScanPipeline;
import org.medadwatch.scan.ScanSummary;
import org.medadwatch.store.Store;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Role;
import org.medadwatch.web.Services;
import org.medadwatch.web.WebApp;
import org.medadwatch.web.WebConfig;

import com.sun.net.httpserver.HttpServer;

import io.javalin.Javalin;

/**
 * A data folder made the way {@code demo} makes one (the bundled demo pages, scanned by
 * {@link ScanPipeline} with the bundled rules and the demo approvals at the demo date), but every
 * site is served from 127.0.0.1 (one port per site) rather than DemoSite's 127.0.0.2-6; then the
 * web app on 127.0.0.1:0 with accounts made by {@link AccountService#add}, as {@code user add}
 * makes them.
 */
final class UiFixture implements AutoCloseable {
    static final LocalDate DEMO_DATE = LocalDate.of(2026, 11, 1);
    static final String PASSWORD = "correct-horse-7";

    /** A site to serve and scan: pages by file name (served under /p/). */
    record Site(String name, String region, Map<String, byte[]> pages) {
    }

    private final Path root;
    private final List<HttpServer> servers = new ArrayList<>();
    final DataFolder data;
    final ScanSummary scan;
    private Store store;
    private PageIndex index;
    private Javalin app;
    String base;

    private UiFixture(Path root, DataFolder data, ScanSummary scan) {
        this.root = root;
        this.data = data;
        this.scan = scan;
    }

    /** Reads a bundled demo page (samples/demo/pages, in the jar as demo-site/pages). */
    static byte[] demoPage(String name) {
        try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream("demo-site/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no demo page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> demoPages(String... names) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, demoPage(n));
        }
        return out;
    }

    /** Serves and scans the sites, then starts the web app with the given accounts (username → role). */
    static UiFixture start(List<Site> sites, Map<String, Role> users) throws IOException {
        Path root = Files.createTempDirectory("medadwatch-ui-");
        List<HttpServer> servers = new ArrayList<>();
        StringBuilder seeds = new StringBuilder("name,url,kind,region,max_pages,max_depth\n");
        try {
            for (Site site : sites) {
                HttpServer server = serve(site);
                servers.add(server);
                seeds.append(site.name()).append(",http://127.0.0.1:").append(server.getAddress().getPort())
                        .append("/,site,").append(site.region()).append(",50,1\n");
            }
            Path seedFile = root.resolve("seeds.csv");
            Files.writeString(seedFile, seeds, UTF_8);
            Path approvals = DemoSite.writeApprovals(root.resolve("approvals.csv"));
            RuleBook book = RuleBook.load(Optional.empty());
            Detector detector = new Detector(RuleMatcher.compile(book.rules()), AdJudge.standard(),
                    new ApprovalCheck(Optional.of(ApprovalRegistry.load(approvals)), DEMO_DATE));
            DataFolder data = new DataFolder(root.resolve("data"));
            ScanSummary summary = new ScanPipeline(data, detector, book.fingerprint("ui-fixture"),
                    CrawlSettings.defaults().withPolitenessDelay(Duration.ZERO), ExtractionLimits.defaults())
                    .run(seedFile.toString(), SeedFile.read(seedFile).seeds(), s -> { });
            UiFixture f = new UiFixture(root, data, summary);
            f.servers.addAll(servers);
            f.startWeb(users);
            return f;
        } catch (IOException | RuntimeException e) {
            servers.forEach(s -> s.stop(0));
            throw e;
        } catch (Exception e) {
            servers.forEach(s -> s.stop(0));
            throw new IOException(e);
        }
    }

    private void startWeb(Map<String, Role> users) throws IOException {
        store = Store.open(data.root());
        index = PageIndex.open(data.index());
        AccountService accounts = new AccountService(store.accounts());
        users.forEach((name, role) -> accounts.add(name, PASSWORD.toCharArray(), role));
        Services services = new Services(store, Optional.of(index), new EvidenceReader(data.warc()),
                new PageExtractor(ExtractionLimits.defaults()), accounts, new ReviewService(store, Clock.systemUTC()),
                Clock.systemUTC());
        app = WebApp.create(WebConfig.defaults().withPort(0), services).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    Store store() {
        return store;
    }

    private static HttpServer serve(Site site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body;
                String type = "text/html; charset=utf-8";
                int status = 200;
                if (path.equals("/robots.txt")) {
                    body = "User-agent: *\nAllow: /\n".getBytes(UTF_8);
                    type = "text/plain";
                } else if (path.equals("/")) {
                    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                            .append(site.name()).append("</title></head><body><h1>").append(site.name()).append("</h1><ul>");
                    site.pages().keySet().forEach(p -> html.append("<li><a href=\"/p/").append(p).append("\">")
                            .append(p).append("</a></li>"));
                    body = html.append("</ul></body></html>").toString().getBytes(UTF_8);
                } else if (path.startsWith("/p/") && site.pages().containsKey(path.substring(3))) {
                    body = site.pages().get(path.substring(3));
                    type = "text/html"; // no charset: the page says (GBK demo pages)
                } else {
                    body = "<h1>404</h1>".getBytes(UTF_8);
                    status = 404;
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return server;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        servers.forEach(s -> s.stop(0));
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            // temp data
        }
        if (store != null) {
            store.close();
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // temp folder
        }
    }
}
