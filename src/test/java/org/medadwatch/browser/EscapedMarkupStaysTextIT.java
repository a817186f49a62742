package org.medadwatch.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import com.sun.net.httpserver.HttpServer;

/**
 * The browser harness on its own, without the web UI: static pages from a JDK HttpServer on
 * 127.0.0.1. Proves that Chromium starts offline, that escaped hostile markup shows as text and
 * never runs, that the "nothing ran" check does catch markup that runs (so it can be trusted in
 * the UI tests), that screenshots land in target/screenshots and downloads in the session's
 * download folder.
 */
class EscapedMarkupStaysTextIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    static final String TITLE = "线索详情 - 静态测试页";
    static final Map<String, byte[]> PAGES = new ConcurrentHashMap<>();
    static HttpServer server;
    static String base;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = PAGES.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (path.endsWith(".xlsx")) {
                exchange.getResponseHeaders().set("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"batch-1.xlsx\"");
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();

        StringBuilder escaped = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (String p : Hostile.ALL) {
            escaped.append("<p class=evidence>").append(Hostile.escape(p)).append("</p>\n");
            raw.append("<p class=evidence>").append(p).append("</p>\n");
        }
        PAGES.put("/escaped", page(TITLE, "<h1 id=clue-title>" + Hostile.escape(Hostile.SCRIPT) + "</h1>\n"
                + escaped));
        PAGES.put("/raw-script", page(TITLE, "<h1 id=clue-title>未转义</h1>" + Hostile.SCRIPT));
        PAGES.put("/raw-onerror", page(TITLE, "<h1 id=clue-title>未转义</h1>" + Hostile.IMG_ONERROR));
        PAGES.put("/raw-link", page(TITLE, "<h1 id=clue-title>未转义</h1>" + Hostile.JS_LINK));
        PAGES.put("/batch-1.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        PAGES.put("/download", page("下载", "<a id=xlsx href=\"/batch-1.xlsx\">下载 xlsx</a>"));
    }

    static byte[] page(String title, String body) {
        return ("<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>" + Hostile.escape(title)
                + "</title></head><body>\n" + body + "\n</body></html>").getBytes(UTF_8);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void escapedScriptHandlersAndJavascriptLinksShowAsTextAndNeverRun() throws IOException {
        browser.open(base + "/escaped");
        browser.visible(By.id("clue-title"));
        Hostile.assertNothingRan(browser, TITLE);
        Hostile.assertShownAsText(browser, "static page");
        assertEquals(Hostile.SCRIPT, browser.driver().findElement(By.id("clue-title")).getText());
        Path shot = browser.screenshot("static-escaped-markup");
        assertTrue(Files.size(shotOrFail(shot)) > 1000, "screenshot is a real PNG");
    }

    @Test
    void theNothingRanCheckCatchesMarkupThatDoesRun() {
        for (String path : new String[] {"/raw-script", "/raw-onerror"}) {
            browser.open(base + path);
            assertThrows(AssertionError.class, () -> Hostile.assertNothingRan(browser, TITLE),
                    path + ": the check must notice script that ran");
            browser.dismissAnyAlert();
        }
        browser.open(base + "/raw-link");
        browser.visible(By.id("clue-title"));
        assertThrows(AssertionError.class, () -> Hostile.assertNothingRan(browser, TITLE),
                "a live javascript: link must be noticed even before anyone clicks it");
    }

    @Test
    void aDownloadLandsInTheSessionDownloadFolder() throws IOException {
        browser.open(base + "/download");
        browser.click(By.id("xlsx"));
        Path file = browser.awaitDownload(".xlsx", Duration.ofSeconds(20));
        assertEquals("batch-1.xlsx", file.getFileName().toString());
        assertArrayEquals(PAGES.get("/batch-1.xlsx"), Files.readAllBytes(file));
    }

    private static Path shotOrFail(Path p) {
        assertTrue(Files.isRegularFile(p), "no screenshot at " + p);
        return p;
    }
}
