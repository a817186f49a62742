package org.medadwatch.extract;

/**
 * Hard bounds on what extraction will look at.
 *
 * @param maxBytes        pages larger than this are rejected before any decoding or parsing
 * @param sniffBytes      how many leading bytes the binary-content check and the {@code <meta>}
 *                        charset scan look at
 * @param maxControlRatio the share of control bytes (other than tab, CR, LF, FF, ESC) in the
 *                        first {@code sniffBytes} above which a page is taken to be binary
 */
public record ExtractionLimits(int maxBytes, int sniffBytes, double maxControlRatio) {
    /** 8 MiB: far above any real HTML page, far below what would hurt a 2-core worker. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
    /** 4 KiB, like the HTML spec's prescan for {@code <meta charset>} (it says 1024; pages pad more). */
    public static final int DEFAULT_SNIFF_BYTES = 4096;
    /** Text has next to no control bytes; binary formats have many. */
    public static final double DEFAULT_MAX_CONTROL_RATIO = 0.10;

    public ExtractionLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (sniffBytes < 512) {
            throw new IllegalArgumentException("sniffBytes must be at least 512, was " + sniffBytes);
        }
        if (!(maxControlRatio > 0 && maxControlRatio < 1)) {
            throw new IllegalArgumentException("maxControlRatio must be in (0, 1), was " + maxControlRatio);
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_SNIFF_BYTES, DEFAULT_MAX_CONTROL_RATIO);
    }

    public ExtractionLimits withMaxBytes(int newMaxBytes) {
        return new ExtractionLimits(newMaxBytes, sniffBytes, maxControlRatio);
    }
}
