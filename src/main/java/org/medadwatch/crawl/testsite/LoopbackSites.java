package org.medadwatch.crawl.testsite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N synthetic hosts, one per loopback address 127.0.0.2 ... 127.0.0.(N+1), each with M
 * interlinked pages: {@code /} links to the first pages, page i links to i+1, i+7 and 3i (mod M),
 * so everything is reachable within a few hops. Every fifth page carries medical-ad text; every
 * third host serves GBK with no charset in the header (only {@code <meta>}), as many Chinese
 * hospital sites do. {@code /robots.txt} allows everything.
 *
 * <pre>{@code
 * try (LoopbackSites sites = LoopbackSites.start(20, 250)) {
 *     List<URI> seeds = sites.roots();
 * }
 * }</pre>
 */
public final class LoopbackSites implements AutoCloseable {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String[] AD_LINES = {
        "本院专治各种疑难杂症，药到病除，治愈率高达99%。",
        "权威专家坐诊，无效退款，三天根治牛皮癣。",
        "国家级名医亲诊，纯中药配方，无任何副作用。",
    };

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor;
    private final int pagesPerHost;
    private final AtomicLong requests = new AtomicLong();

    private LoopbackSites(int pagesPerHost, int threads) {
        this.pagesPerHost = pagesPerHost;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "loopback-site");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts {@code hosts} sites (1..200) of {@code pagesPerHost} pages each, on ephemeral ports. */
    public static LoopbackSites start(int hosts, int pagesPerHost) throws IOException {
        if (hosts < 1 || hosts > 200 || pagesPerHost < 1) {
            throw new IllegalArgumentException("hosts must be 1..200 and pagesPerHost >= 1");
        }
        LoopbackSites sites = new LoopbackSites(pagesPerHost, 8);
        try {
            for (int h = 0; h < hosts; h++) {
                InetAddress address = InetAddress.getByName("127.0.0." + (h + 2));
                HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 256);
                boolean gbk = h % 3 == 2;
                int host = h;
                server.createContext("/", ex -> sites.serve(ex, host, gbk));
                server.setExecutor(sites.executor);
                server.start();
                sites.servers.add(server);
            }
        } catch (IOException | RuntimeException e) {
            sites.close();
            throw e;
        }
        return sites;
    }

    /** The root URL of every host, in host order. */
    public List<URI> roots() {
        List<URI> roots = new ArrayList<>();
        for (HttpServer s : servers) {
            InetSocketAddress a = s.getAddress();
            roots.add(URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/"));
        }
        return roots;
    }

    /** Pages per host, plus the root page. */
    public int pagesPerHost() {
        return pagesPerHost;
    }

    /** Requests answered so far, robots.txt included. */
    public long requestCount() {
        return requests.get();
    }

    private void serve(HttpExchange ex, int host, boolean gbk) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            int page;
            if (path.equals("/")) {
                page = -1;
            } else if (path.startsWith("/p") && path.endsWith(".html")) {
                try {
                    page = Integer.parseInt(path.substring(2, path.length() - 5));
                } catch (NumberFormatException e) {
                    page = Integer.MAX_VALUE;
                }
            } else {
                page = Integer.MAX_VALUE;
            }
            if (page != -1 && (page < 0 || page >= pagesPerHost)) {
                send(ex, 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String html = html(host, page, gbk);
            if (gbk) {
                send(ex, 200, "text/html", html.getBytes(GBK));
            } else {
                send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private String html(int host, int page, boolean gbk) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html><html><head><meta charset=\"").append(gbk ? "gbk" : "utf-8").append("\">")
                .append("<title>第").append(host).append("医院 - 页面").append(page).append("</title></head><body>")
                .append("<h1>第").append(host).append("医院</h1><p>医院简介：本院成立于1998年，设有内科、外科、皮肤科。</p>");
        if (page >= 0 && page % 5 == 0) {
            sb.append("<p class=\"ad\">").append(AD_LINES[(host + page) % AD_LINES.length])
                    .append("咨询电话：010-12345678</p>");
        }
        sb.append("<p>").append("健康知识：合理饮食，适量运动，定期体检。".repeat(8)).append("</p><ul>");
        if (page < 0) {
            for (int i = 0; i < Math.min(10, pagesPerHost); i++) {
                link(sb, i);
            }
        } else {
            link(sb, (page + 1) % pagesPerHost);
            link(sb, (page + 7) % pagesPerHost);
            link(sb, (page * 3) % pagesPerHost);
        }
        return sb.append("</ul><footer>京ICP备12345678号</footer></body></html>").toString();
    }

    private static void link(StringBuilder sb, int page) {
        sb.append("<li><a href=\"/p").append(page).append(".html\">文章").append(page).append("</a></li>");
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        for (HttpServer s : servers) {
            s.stop(0);
        }
        executor.shutdownNow();
    }
}
