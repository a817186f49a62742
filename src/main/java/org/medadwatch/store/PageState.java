package org.medadwatch.store;

/** Whether a stored page still exists where it was found (migration V4). */
public enum PageState {
    /** It answered with a page at the last check. */
    LIVE,
    /** It, or its whole site, was gone at the last check; the store keeps its last capture. */
    REMOVED
}
