package org.medadwatch.scan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site on 127.0.0.1 whose answers a test changes between scans: each path serves a page, or a
 * bare status. A page may carry an ETag, and then a matching If-None-Match gets 304.
 */
final class ScriptedSite implements AutoCloseable {
    record Answer(int status, String html, Optional<String> etag) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final AtomicInteger notModifiedSent = new AtomicInteger();

    ScriptedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    String url(String path) {
        return root().resolve(path).toString();
    }

    ScriptedSite page(String path, String html) {
        answers.put(path, new Answer(200, html, Optional.empty()));
        return this;
    }

    ScriptedSite pageWithEtag(String path, String html, String etag) {
        answers.put(path, new Answer(200, html, Optional.of(etag)));
        return this;
    }

    ScriptedSite status(String path, int status) {
        answers.put(path, new Answer(status, "", Optional.empty()));
        return this;
    }

    private void answer(HttpExchange ex) throws IOException {
        Answer a = answers.getOrDefault(ex.getRequestURI().getPath(), new Answer(404, "", Optional.empty()));
        if (a.etag().isPresent() && a.etag().get().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModifiedSent.incrementAndGet();
            ex.getResponseHeaders().set("ETag", a.etag().get());
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        byte[] body = a.html().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        a.etag().ifPresent(e -> ex.getResponseHeaders().set("ETag", e));
        ex.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
