package org.medadwatch.crawl;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * What became of one URL. HTTP status codes and I/O failures map to an outcome here and only
 * here (compare StormCrawler's {@code Status.fromHTTPCode}).
 */
public enum FetchOutcome {
    /** 2xx with an HTML body: delivered as a {@link FetchedPage}. */
    FETCHED,
    /** 304 to a conditional request: the page is as it was at the last scan. */
    NOT_MODIFIED,
    /** A 3xx that was not followed: to another site, or with no usable Location. */
    REDIRECTED,
    /** 404, 410 and the other 4xx: the page is not there (or not for us). */
    NOT_FOUND,
    /** 5xx: the server failed; worth retrying on the next scan. */
    SERVER_ERROR,
    /** robots.txt disallows the URL for our user agent. */
    ROBOTS_DISALLOWED,
    /** Connect or read timed out. */
    TIMEOUT,
    /** The body is larger than {@code crawl.max.page.bytes}. */
    TOO_LARGE,
    /** Not an HTML page: another content type, or binary bytes labelled as HTML. */
    NOT_HTML,
    /** Redirects came back to a URL already in the chain, or exceeded {@code crawl.max.redirects}. */
    REDIRECT_LOOP,
    /** A crawler trap: URL too long, repeated path segments, an endless calendar. */
    TRAP,
    /** Outside the seed's site; not followed. */
    OUT_OF_SCOPE,
    /**
     * Nothing answers at the address: the host name does not resolve, or the connection is
     * refused. Told apart from {@link #CONNECTION_FAILED} because, for a seed, it means the site
     * itself is gone rather than one exchange going wrong.
     */
    HOST_UNREACHABLE,
    /** The connection broke: reset, malformed response, a URL that cannot be requested. */
    CONNECTION_FAILED;

    /**
     * The outcome of a final (non-redirect) HTTP status. 1xx other than informational use, and
     * unknown codes, count as {@link #SERVER_ERROR}: the server did not give us a page.
     */
    public static FetchOutcome fromHttpStatus(int status) {
        if (status >= 200 && status < 300) {
            return FETCHED;
        }
        if (status == 304) {
            return NOT_MODIFIED;
        }
        if (status >= 300 && status < 400) {
            return REDIRECTED;
        }
        if (status >= 400 && status < 500) {
            // 401/403/429 too: access refused now; the next scan tries again.
            return NOT_FOUND;
        }
        return SERVER_ERROR;
    }

    /** The outcome of a fetch that threw instead of answering. */
    public static FetchOutcome fromException(IOException e) {
        if (e instanceof SocketTimeoutException
                || e.getClass().getSimpleName().equals("ConnectTimeoutException")) {
            return TIMEOUT;
        }
        if (e instanceof ConnectException && String.valueOf(e.getMessage()).contains("timed out")) {
            return TIMEOUT;  // the operating system's connect timeout: no answer, not a refusal
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return HOST_UNREACHABLE;
        }
        if (e instanceof NoRouteToHostException) {
            return CONNECTION_FAILED;  // a network problem on the way, not an answer from the site
        }
        if (e instanceof InterruptedIOException) {
            return TIMEOUT;
        }
        return CONNECTION_FAILED;
    }
}
