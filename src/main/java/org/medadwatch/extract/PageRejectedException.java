package org.medadwatch.extract;

import java.util.Objects;

/**
 * A page that extraction will not read, with where it came from and why. The message is meant
 * for a person: {@code "pages/x.html: binary content (PNG image), not HTML"}.
 */
public final class PageRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a page was turned away. */
    public enum Reason {
        /** Zero bytes, or nothing but white space. */
        EMPTY,
        /** More bytes than {@link ExtractionLimits#maxBytes()}. */
        TOO_LARGE,
        /** An image, archive, PDF or other non-text content served as a page. */
        BINARY,
        /** Bytes that do not decode to text in the charset found for them. */
        UNDECODABLE
    }

    private final String source;
    private final Reason reason;
    private final String detail;

    public PageRejectedException(String source, Reason reason, String detail) {
        super(source + ": " + detail);
        this.source = Objects.requireNonNull(source, "source");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The file path or URL of the rejected page. */
    /** A page over the size limit; callers that know the size before reading use it too. */
    public static PageRejectedException tooLarge(String source, long size, long limit) {
        return new PageRejectedException(source, Reason.TOO_LARGE,
                String.format(java.util.Locale.ROOT, "%,d bytes, over the limit of %,d bytes", size, limit));
    }

    public String source() {
        return source;
    }

    public Reason reason() {
        return reason;
    }

    /** The reason in words, without the source. */
    public String detail() {
        return detail;
    }
}
