package org.medadwatch.schedule;

/** The answer to a request for a scan now. */
public enum TriggerResult {
    /** Handed to the scheduler: it starts as soon as its thread is free. */
    QUEUED,
    /** A scan of the folder is under way; no second one is queued behind it. */
    ALREADY_RUNNING
}
