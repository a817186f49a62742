package org.medadwatch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

/**
 * Markup an advertiser controls (page title, evidence snippets, body text) that must reach an
 * analyst's screen as text. Every payload sets {@code window.__pwned}; the script payload also
 * raises an alert, so either sign shows that something ran.
 */
final class Hostile {

    static final String SCRIPT = "<script>window.__pwned=1;alert('pwned')</script>";
    static final String IMG_ONERROR = "<img src=x onerror=\"window.__pwned=1\">";
    static final String JS_LINK = "<a href=\"javascript:window.__pwned=1\">点此领取</a>";
    static final String SVG_ONLOAD = "<svg onload=\"window.__pwned=1\"></svg>";
    static final List<String> ALL = List.of(SCRIPT, IMG_ONERROR, JS_LINK, SVG_ONLOAD);

    private Hostile() {
    }

    /** Minimal HTML escaping, as a correct page renders untrusted text. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /**
     * Nothing ran: no alert is (or was left) open, {@code window.__pwned} is undefined, the
     * document title is what the page set, and no javascript: link is live in the page.
     */
    static void assertNothingRan(BrowserSession browser, String expectedTitle) {
        settle(browser);
        Optional<String> alert = browser.dismissAnyAlert();
        assertTrue(alert.isEmpty(), () -> "an alert appeared: " + alert.get());
        assertEquals("undefined", browser.js("return typeof window.__pwned"),
                "window.__pwned was set: injected markup ran");
        assertEquals(expectedTitle, browser.js("return document.title"), "document.title changed");
        Object liveJsLinks = browser.js(
                "return Array.from(document.querySelectorAll('a[href]'))"
                + ".filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length");
        assertEquals(0L, ((Number) liveJsLinks).longValue(), "a javascript: link is live in the page");
        Object handlers = browser.js(
                "return Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
                + ".some(a => a.name.toLowerCase().startsWith('on') && a.value.includes('__pwned'))).length");
        assertEquals(0L, ((Number) handlers).longValue(), "an injected on* handler is an attribute in the DOM");
    }

    /**
     * Lets anything that would run asynchronously (an img onerror, an svg onload) have its
     * chance: waits until every image has settled, then a little longer.
     */
    static void settle(BrowserSession browser) {
        if (browser.dismissAnyAlert().isPresent()) {
            throw new AssertionError("an alert appeared: injected markup ran");
        }
        browser.until(d -> Boolean.TRUE.equals(browser.js(
                "return Array.from(document.images).every(i => i.complete)")));
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The visible text of the page contains every payload (all of {@link #ALL} by default) literally. */
    static void assertShownAsText(BrowserSession browser, String where) {
        assertShownAsText(browser, where, ALL);
    }

    static void assertShownAsText(BrowserSession browser, String where, List<String> payloads) {
        String text = (String) browser.js("return document.body.innerText");
        for (String p : payloads) {
            assertTrue(text.contains(p), () -> where + ": not shown as text: " + p);
        }
    }
}
