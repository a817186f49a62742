package org.medadwatch.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the web UI runs.
 *
 * @param host           the address to bind, 127.0.0.1 by default
 * @param port           0 for any free port (tests)
 * @param secureCookies  mark the session cookie {@code Secure}: set it when a TLS proxy fronts the UI
 * @param sessionIdle    a session unused this long is ended
 * @param overdueDays    a dispatched clue not looked at or not handled this many days is overdue
 * @param loginFailures  failed logins per username and address allowed within {@code loginWindow}
 * @param loginWindow    the window of the login rate limit
 */
public record WebConfig(String host, int port, boolean secureCookies, Duration sessionIdle, int overdueDays,
                        int loginFailures, Duration loginWindow) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(loginWindow, "loginWindow");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (overdueDays < 1) {
            throw new IllegalArgumentException("overdue days must be at least 1: " + overdueDays);
        }
        if (loginFailures < 1) {
            throw new IllegalArgumentException("login failures must be at least 1: " + loginFailures);
        }
    }

    /** 127.0.0.1:7070, plain cookies, 30 minutes idle, 15 days to overdue, 5 failed logins per 10 minutes. */
    public static WebConfig defaults() {
        return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, false, Duration.ofMinutes(30), 15, 5, Duration.ofMinutes(10));
    }

    public WebConfig withHost(String host) {
        return new WebConfig(host, port, secureCookies, sessionIdle, overdueDays, loginFailures, loginWindow);
    }

    public WebConfig withPort(int port) {
        return new WebConfig(host, port, secureCookies, sessionIdle, overdueDays, loginFailures, loginWindow);
    }

    public WebConfig withSecureCookies(boolean secure) {
        return new WebConfig(host, port, secure, sessionIdle, overdueDays, loginFailures, loginWindow);
    }

    public WebConfig withOverdueDays(int days) {
        return new WebConfig(host, port, secureCookies, sessionIdle, days, loginFailures, loginWindow);
    }
}
