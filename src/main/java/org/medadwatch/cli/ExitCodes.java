package org.medadwatch.cli;

/** Exit codes, the same for every command. */
final class ExitCodes {
    static final int OK = 0;
    /** Some inputs could not be handled; the rest were. */
    static final int SOME_FAILED = 1;
    /** Bad command line, rule file or registry, or no index to search: nothing was done. */
    static final int CONFIG = 2;
    /** The data folder is in use by another process (its index lock is held): nothing was done. */
    static final int IN_USE = 3;
    /**
     * The scan ran but nothing answered (every fetch refused, timed out or unresolved: our network
     * down?): recorded FAILED, not counted as done, no page touched. Run it again.
     */
    static final int SCAN_FAILED = 4;

    private ExitCodes() {
    }
}
