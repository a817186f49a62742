package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ApprovalNumberFinderTest {
    private final ApprovalNumberFinder finder = new ApprovalNumberFinder();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/extract/approvals.csv", delimiterString = "=>", quoteCharacter = '`',
            ignoreLeadingAndTrailingWhitespace = true)
    void findsTheApprovalNumbersPrintedOnTheLine(String line, String expected) {
        assertEquals(PhoneFinderTest.split(expected), finder.find(line));
    }

    @Test
    void labelledNumberEndsAtTheEndOfItsClause() {
        assertEquals(List.of("医广审字第0316号"),
                finder.find("医疗广告审查证明文号：医广审字第0316号\n版权所有：济南岐澍堂中医门诊部"));
    }

    @Test
    void sameNumberPrintedTwiceIsReportedOnce() {
        assertEquals(List.of("（豫）医广【2026】第06-30-0144号"),
                finder.find("（豫）医广【2026】第06-30-0144号\n医疗广告审查证明文号：（豫）医广【2026】第06-30-0144号"));
    }
}
