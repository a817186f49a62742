package org.medadwatch.extract;

/** A page that cannot be judged (empty, binary, too large), with the reason a person can read. */
public class PageRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public PageRejectedException(String source, String reason) {
        super(source + ": " + reason);
    }
}
