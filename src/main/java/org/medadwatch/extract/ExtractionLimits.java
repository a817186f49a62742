package org.medadwatch.extract;

/** Bounds on what extraction accepts. */
public record ExtractionLimits(int maxBytes) {
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(8 * 1024 * 1024);
    }
}
