package org.medadwatch.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback address and an ephemeral port, for crawl tests. Routes are
 * exact paths (query ignored unless a route for path+query exists); every request is recorded.
 * Unknown paths are 404. Close it when done.
 */
final class TestSite implements AutoCloseable {
    /** One request as the server saw it. */
    record Request(String pathAndQuery, long nanoTime, Map<String, List<String>> headers) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        this("127.0.0.1", 0);
    }

    TestSite(String loopbackAddress, int port) throws IOException {
        InetAddress address = InetAddress.getByName(loopbackAddress);
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("tests use loopback addresses only: " + loopbackAddress);
        }
        server = HttpServer.create(new InetSocketAddress(address, port), 128);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** http://127.0.0.1:PORT + path */
    String url(String pathAndQuery) {
        InetSocketAddress a = server.getAddress();
        return "http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + pathAndQuery;
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    long requestCount(String pathAndQuery) {
        return requests.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)).count();
    }

    TestSite handler(String pathAndQuery, HttpHandler handler) {
        routes.put(pathAndQuery, handler);
        return this;
    }

    TestSite html(String pathAndQuery, String html) {
        return bytes(pathAndQuery, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestSite html(String pathAndQuery, String html, Charset charset, String contentType) {
        return bytes(pathAndQuery, contentType, html.getBytes(charset));
    }

    TestSite bytes(String pathAndQuery, String contentType, byte[] body) {
        return handler(pathAndQuery, ex -> send(ex, 200, contentType, body));
    }

    TestSite status(String pathAndQuery, int status) {
        return handler(pathAndQuery, ex -> send(ex, status, "text/html; charset=utf-8",
                ("<html><body>status " + status + "</body></html>").getBytes(StandardCharsets.UTF_8)));
    }

    TestSite redirect(String pathAndQuery, int status, String location) {
        return handler(pathAndQuery, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(new Request(pathAndQuery, System.nanoTime(), Map.copyOf(ex.getRequestHeaders())));
        HttpHandler h = routes.get(pathAndQuery);
        if (h == null) {
            h = routes.get(uri.getRawPath());
        }
        try {
            if (h == null) {
                send(ex, 404, "text/html", "<html>not here</html>".getBytes(StandardCharsets.UTF_8));
            } else {
                h.handle(ex);
            }
        } catch (IOException e) {
            // the crawler hung up (timeouts, oversized bodies): expected in these tests
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
