package org.medadwatch.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;

/** Steps through the review UI by its stable element ids (see org.medadwatch.web). */
final class Ui {
    private Ui() {
    }

    static void login(BrowserSession browser, String base, String user, String password) {
        browser.open(base + "/login");
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), password);
        browser.click(By.id("login-button"));
        browser.until(d -> d.getCurrentUrl().contains("/clues"));
        browser.visible(By.id("clue-table"));
        assertTrue(browser.driver().findElement(By.id("nav")).getText().contains(user), "logged in as " + user);
    }

    static void logout(BrowserSession browser) {
        browser.click(By.id("logout-button"));
        browser.until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** The clue numbers of the list's rows, in order. */
    static List<String> rowNumbers(BrowserSession browser) {
        return browser.all(By.cssSelector("#clue-table tr[data-number]")).stream()
                .map(e -> e.getAttribute("data-number")).toList();
    }

    /**
     * Sends a POST from the page (same origin, the page's cookies unless {@code credentials} is
     * "omit") and returns {status, body}; redirects are not followed.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> post(BrowserSession browser, String path, Map<String, String> form, String credentials) {
        return (Map<String, Object>) browser.jsAsync(
                "const [path, form, cred, done] = arguments;"
                + "fetch(path, {method: 'POST', credentials: cred, redirect: 'manual',"
                + "  headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                + "  body: new URLSearchParams(form).toString()})"
                + ".then(r => r.text().then(t => done({status: r.status, type: r.type, body: t})))"
                + ".catch(e => done({status: -1, body: String(e)}));",
                path, form, credentials);
    }

    /** The session's CSRF token, from the hidden field the page's forms carry. */
    static String csrfToken(BrowserSession browser) {
        return browser.driver().findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
    }
}
