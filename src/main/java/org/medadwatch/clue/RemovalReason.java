package org.medadwatch.clue;

/**
 * Why a stored page counts as removed: the server said so for the page, or nothing answers for
 * its whole site any more. A transient failure (5xx, a timeout, a broken connection) is never one.
 */
public enum RemovalReason {
    /** The page answered 404 Not Found. */
    HTTP_404("404"),
    /** The page answered 410 Gone. */
    HTTP_410("410"),
    /** The seed's host name no longer resolves, or its server refuses connections. */
    SITE_UNREACHABLE("网站无法访问");

    private final String label;

    RemovalReason(String label) {
        this.label = label;
    }

    /** How the analyst reads it: the status code, or what happened to the site. */
    public String label() {
        return label;
    }
}
