package org.medadwatch.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The demo's web: four sites and five public-account articles on 127.0.0.2 to 127.0.0.6, made
 * of the labelled pages in {@code samples/demo} that the jar carries. Each site has a home page
 * linking its pages and a robots.txt that shuts crawlers out of {@code /admin/}; GBK pages are
 * served as their raw bytes with no charset in the header, as many Chinese sites do.
 */
public final class DemoSite implements AutoCloseable {
    static final String RESOURCES = "demo-site/pages/";
    static final String APPROVALS = "demo-site/approvals.csv";

    /** One demo site: its name, region code, and the sample pages it serves. */
    record SiteSpec(String name, String region, String kind, List<String> pages) {
    }

    static final List<SiteSpec> SITES = List.of(
            new SiteSpec("民营医院联盟导医网", "330100", "site", range(1, 10)),
            new SiteSpec("美容养生与健康商城", "320500", "site", range(16, 21)),
            new SiteSpec("公立医院与门诊信息", "410100", "site", range(22, 24)),
            new SiteSpec("本地新闻与政务", "360100", "site", range(25, 30)),
            new SiteSpec("公众号文章", "440300", "article", range(11, 15)));

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "demo-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<SiteSpec, URI> roots = new LinkedHashMap<>();

    private DemoSite() {
    }

    /** Starts every site on its own loopback address, on an ephemeral port. */
    public static DemoSite start() throws IOException {
        DemoSite demo = new DemoSite();
        try {
            for (int i = 0; i < SITES.size(); i++) {
                demo.serve(SITES.get(i), InetAddress.getByName("127.0.0." + (i + 2)));
            }
        } catch (IOException | RuntimeException e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    /** Writes a seed list for the sites: one row per site, one row per article. */
    public Path writeSeeds(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("name,url,kind,region,max_pages,max_depth\n");
        roots.forEach((site, root) -> {
            if (site.kind().equals("article")) {
                for (String page : site.pages()) {
                    csv.append(site.name()).append(" ").append(page).append(',').append(root.resolve("s/" + page))
                            .append(",article,").append(site.region()).append(",1,0\n");
                }
            } else {
                csv.append(site.name()).append(',').append(root).append(",site,").append(site.region())
                        .append(",50,1\n");
            }
        });
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Copies the approvals registry the demo pages are judged against. */
    public static Path writeApprovals(Path file) throws IOException {
        Files.write(file, resource(APPROVALS));
        return file;
    }

    private void serve(SiteSpec site, InetAddress address) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 16);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(site, exchange));
        server.start();
        servers.add(server);
        roots.put(site, URI.create("http://" + address.getHostAddress() + ":" + server.getAddress().getPort() + "/"));
    }

    private void handle(SiteSpec site, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /admin/\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", home(site).getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/admin/")) {
                send(exchange, 200, "text/html; charset=utf-8", "<p>后台管理</p>".getBytes(StandardCharsets.UTF_8));
            } else {
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (site.pages().contains(name)) {
                    send(exchange, 200, "text/html", resource(RESOURCES + name)); // no charset: the page says
                } else {
                    send(exchange, 404, "text/html; charset=utf-8", "<h1>404</h1>".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static String home(SiteSpec site) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(site.name()).append("</title></head><body><h1>").append(site.name()).append("</h1><ul>");
        for (String page : site.pages()) {
            html.append("<li><a href=\"/p/").append(page).append("\">").append(page).append("</a></li>");
        }
        return html.append("</ul><p><a href=\"/admin/\">管理</a></p></body></html>").toString();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> range(int from, int to) {
        List<String> names = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            names.add(String.format(java.util.Locale.ROOT, "%03d.html", i));
        }
        return List.copyOf(names);
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
