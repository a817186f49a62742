package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.store.Store;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Role;
import org.medadwatch.web.WebConfig;

/** serve's web server, stopped and started again over the same data folder, as an analyst's browser sees it. */
class WebServerSessionTest {
    @TempDir
    Path dir;

    @Test
    void aLoggedInSessionSurvivesARestartAndAnExpiredOneDoesNot() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (Store store = Store.open(folder.root())) {
            new AccountService(store.accounts()).add("ana", "correct-horse-1".toCharArray(), Role.ANALYST);
        }
        WebConfig config = WebConfig.defaults().withPort(0);

        WebClient browser;
        try (WebServer first = WebServer.start(folder, config, new PrintWriter(new StringWriter()))) {
            browser = new WebClient(first.url());
            assertEquals(303, browser.login("ana", "correct-horse-1").statusCode(), "logged in");
            assertEquals(200, browser.get("/clues").statusCode());
        }

        try (WebServer second = WebServer.start(folder, config, new PrintWriter(new StringWriter()))) {
            browser = browser.at(second.url());
            assertEquals(200, browser.get("/clues").statusCode(), "the cookie still works after a restart");
        }

        // the server is stopped past the session's idle time
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.root().resolve(Store.FILE_NAME));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sessions SET expires = '2020-01-01T00:00:00.000Z'");
        }
        try (WebServer third = WebServer.start(folder, config, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> r = browser.at(third.url()).get("/clues");
            assertEquals(303, r.statusCode(), "an expired session is logged out");
            assertEquals("/login", r.headers().firstValue("Location").orElseThrow());
        }
    }
}
