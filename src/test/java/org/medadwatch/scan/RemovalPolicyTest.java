package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medadwatch.clue.RemovalReason;
import org.medadwatch.crawl.FetchFailure;
import org.medadwatch.crawl.FetchOutcome;
import org.medadwatch.crawl.Seed;

class RemovalPolicyTest {
    private static final Seed SEED = new Seed("站", URI.create("http://127.0.0.1/"), Seed.Kind.SITE, "", 10, 1);

    @ParameterizedTest(name = "{0} HTTP {1}, seed {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        // outcome,        status, seed URL, removal
        "NOT_FOUND,        404,    false,    HTTP_404",
        "NOT_FOUND,        410,    true,     HTTP_410",
        "NOT_FOUND,        403,    false,    -",          // refused now, says nothing of the page
        "NOT_FOUND,        429,    false,    -",
        "SERVER_ERROR,     503,    false,    -",          // transient
        "SERVER_ERROR,     500,    true,     -",
        "TIMEOUT,          -,      true,     -",
        "CONNECTION_FAILED, -,     true,     -",          // reset, malformed answer
        "HOST_UNREACHABLE, -,      true,     SITE_UNREACHABLE",
        "HOST_UNREACHABLE, -,      false,    -",          // one page of a site whose seed answered
        "ROBOTS_DISALLOWED, -,     false,    -",
        "NOT_MODIFIED,     304,    false,    -"})
    void onlyAnAnswerThatThePageOrSiteIsGoneIsRemoval(FetchOutcome outcome, Integer status, boolean seedUrl,
                                                      RemovalReason expected) {
        FetchFailure failure = new FetchFailure(SEED, "http://127.0.0.1/a.html", seedUrl, outcome,
                Optional.ofNullable(status), "test");
        assertEquals(Optional.ofNullable(expected), RemovalPolicy.of(failure));
    }
}
