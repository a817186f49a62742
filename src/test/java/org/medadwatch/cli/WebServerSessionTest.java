package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.store.Store;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Role;
import org.medadwatch.web.WebConfig;

/** serve's web server, stopped and started again over the same data folder, as an analyst's browser sees it. */
class WebServerSessionTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("mw_session=([^;]*)");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;

    @Test
    void aLoggedInSessionSurvivesARestartAndAnExpiredOneDoesNot() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (Store store = Store.open(folder.root())) {
            new AccountService(store.accounts()).add("ana", "correct-horse-1".toCharArray(), Role.ANALYST);
        }
        WebConfig config = WebConfig.defaults().withPort(0);

        String session;
        try (WebServer first = WebServer.start(folder, config, new PrintWriter(new StringWriter()))) {
            session = logIn(first.url());
            assertEquals(200, get(first.url() + "clues", session).statusCode());
        }

        try (WebServer second = WebServer.start(folder, config, new PrintWriter(new StringWriter()))) {
            assertEquals(200, get(second.url() + "clues", session).statusCode(), "the cookie still works after a restart");
        }

        // the server is stopped past the session's idle time
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.root().resolve(Store.FILE_NAME));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sessions SET expires = '2020-01-01T00:00:00.000Z'");
        }
        try (WebServer third = WebServer.start(folder, config, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> r = get(third.url() + "clues", session);
            assertEquals(303, r.statusCode(), "an expired session is logged out");
            assertEquals("/login", r.headers().firstValue("Location").orElseThrow());
        }
    }

    /** Logs in as ana; the session cookie's value. */
    private String logIn(String base) throws Exception {
        HttpResponse<String> form = get(base + "login", null);
        String anonymous = cookie(form);
        Matcher csrf = CSRF.matcher(form.body());
        csrf.find();
        String body = "_csrf=" + enc(csrf.group(1)) + "&username=ana&password=" + enc("correct-horse-1");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "mw_session=" + anonymous)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode(), r.body());
        return cookie(r);
    }

    private HttpResponse<String> get(String url, String session) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (session != null) {
            b.header("Cookie", "mw_session=" + session);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<String> r) {
        Matcher m = COOKIE.matcher(r.headers().firstValue("Set-Cookie").orElseThrow());
        m.find();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
