package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the web UI's search page for the tests that drive a real server. */
final class SearchResults {
    private static final Pattern FOUND = Pattern.compile("共找到 (\\d+) 个页面");

    private SearchResults() {
    }

    /** How many pages the search page says it found; fails the test if it says nothing. */
    static int found(String page) {
        Matcher m = FOUND.matcher(page);
        assertTrue(m.find(), page);
        return Integer.parseInt(m.group(1));
    }
}
