package org.medadwatch.store;

/**
 * Where a scan stands. A scan left {@code RUNNING} by a killed process is resumed, not restarted.
 * {@code FAILED}: it ran to its end but no fetch got an answer (see {@link Scan#failure()}).
 */
public enum ScanStatus {
    RUNNING, FINISHED, FAILED
}
