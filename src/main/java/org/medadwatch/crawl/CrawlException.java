package org.medadwatch.crawl;

/** The crawl could not be set up or run at all (as opposed to one URL failing, which is reported). */
public final class CrawlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CrawlException(String message, Throwable cause) {
        super(message, cause);
    }
}
