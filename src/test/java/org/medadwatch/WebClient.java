package org.medadwatch;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A browser stand-in for tests of the web UI: keeps cookies, never follows redirects, reads the
 * CSRF token from the last page it got.
 */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http;
    private final String base;
    private String csrf = "";

    /** @param base the server's address; paths given later start with "/" */
    public WebClient(String base) {
        this(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build(),
                base);
    }

    private WebClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The same browser, cookies and all, pointed at another server: a restarted one, say. */
    public WebClient at(String otherBase) {
        return new WebClient(http, otherBase);
    }

    /** The CSRF token of the last page that carried one. */
    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** A form POST; pairs of name, value. */
    public HttpResponse<String> post(String path, String... nameValues) throws IOException, InterruptedException {
        String form = Stream.iterate(0, i -> i < nameValues.length, i -> i + 2)
                .map(i -> enc(nameValues[i]) + "=" + enc(nameValues[i + 1])).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Fetches the login form for its token, then posts it. */
    public HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", "_csrf", csrf, "username", user, "password", password);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
