package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchOutcomeTest {
    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"200,FETCHED", "203,FETCHED", "304,NOT_MODIFIED", "301,REDIRECTED", "404,NOT_FOUND",
        "410,NOT_FOUND", "403,NOT_FOUND", "429,NOT_FOUND", "500,SERVER_ERROR", "503,SERVER_ERROR", "100,SERVER_ERROR"})
    void httpStatusMapsInOnePlace(int status, FetchOutcome outcome) {
        assertEquals(outcome, FetchOutcome.fromHttpStatus(status));
    }

    @Test
    void exceptionsMapToTimeoutHostUnreachableOrConnectionFailed() {
        assertEquals(FetchOutcome.TIMEOUT, FetchOutcome.fromException(new SocketTimeoutException("read timed out")));
        assertEquals(FetchOutcome.HOST_UNREACHABLE, FetchOutcome.fromException(new ConnectException("refused")));
        assertEquals(FetchOutcome.HOST_UNREACHABLE, FetchOutcome.fromException(new UnknownHostException("x")));
        assertEquals(FetchOutcome.CONNECTION_FAILED, FetchOutcome.fromException(new NoRouteToHostException("x")));
        assertEquals(FetchOutcome.TIMEOUT, FetchOutcome.fromException(new ConnectException("Connection timed out")));
        assertEquals(FetchOutcome.CONNECTION_FAILED, FetchOutcome.fromException(new IOException("reset")));
    }
}
