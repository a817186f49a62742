package org.medadwatch.store;

/** Where a scan stands. A scan left {@code RUNNING} by a killed process is resumed, not restarted. */
public enum ScanStatus {
    RUNNING, FINISHED, FAILED
}
