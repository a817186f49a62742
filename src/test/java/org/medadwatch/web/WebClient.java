package org.medadwatch.web;

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

/** A browser stand-in: keeps cookies, never follows redirects, reads the CSRF token from the last page. */
final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    String csrf = "";

    WebClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** A form POST; pairs of name, value. */
    HttpResponse<String> post(String path, String... nameValues) throws IOException, InterruptedException {
        String form = Stream.iterate(0, i -> i < nameValues.length, i -> i + 2)
                .map(i -> enc(nameValues[i]) + "=" + enc(nameValues[i + 1])).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", "_csrf", csrf, "username", user, "password", password);
    }

    static WebClient loggedIn(WebFixture f, String user) throws IOException, InterruptedException {
        WebClient c = new WebClient(f.base);
        HttpResponse<String> r = c.login(user, WebFixture.PASSWORD);
        if (r.statusCode() != 303) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        c.get("/clues");
        return c;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
