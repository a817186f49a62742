package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medadwatch.crawl.FetchOutcome;

class FetchAnswersTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // what became of each URL ("PAGE": a page arrived) | why the scan failed
        "HOST_UNREACHABLE HOST_UNREACHABLE                   | 所有抓取均失败（2 个地址）",
        "TIMEOUT CONNECTION_FAILED HOST_UNREACHABLE          | 所有抓取均失败（3 个地址）",
        "TIMEOUT TIMEOUT PAGE                                | -",     // one page arrived
        "HOST_UNREACHABLE NOT_FOUND                          | -",     // a 404 is the server answering
        "TIMEOUT SERVER_ERROR                                | -",     // so is a 503
        "TIMEOUT NOT_MODIFIED                                | -",     // and a 304: confirmed unchanged
        "ROBOTS_DISALLOWED OUT_OF_SCOPE TRAP                 | -",     // nothing was asked for
        "TIMEOUT ROBOTS_DISALLOWED                           | 所有抓取均失败（1 个地址）"})
    void failsOnlyWhenSomethingWasAskedForAndNothingAnswered(String outcomes, String failure) {
        FetchAnswers answers = new FetchAnswers();
        Arrays.stream(outcomes.split(" ")).forEach(o -> {
            if (o.equals("PAGE")) {
                answers.page();
            } else {
                answers.failed(FetchOutcome.valueOf(o));
            }
        });
        assertEquals(Optional.ofNullable(failure), answers.failure());
    }
}
