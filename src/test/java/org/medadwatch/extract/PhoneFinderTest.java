package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PhoneFinderTest {
    private final PhoneFinder finder = new PhoneFinder();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/extract/phones.csv", delimiterString = "=>", quoteCharacter = '`',
            ignoreLeadingAndTrailingWhitespace = true)
    void findsExactlyThePhonesPrintedOnTheLine(String line, String expected) {
        assertEquals(split(expected), finder.find(line));
    }

    @Test
    void keepsPageOrderAcrossLines() {
        assertEquals(List.of("400-816-5520", "0731-84457792"),
                finder.find("订购热线：400-816-5520\n地址：长沙\n电话：0731-84457792"));
    }

    @Test
    void aNumberOnTheLineBelowAnotherIsItsOwn() {
        assertEquals(List.of("0531-82603357", "400-653-1107"), finder.find("预约电话\n0531-82603357\n400-653-1107"));
    }

    static List<String> split(String expected) {
        return expected == null ? List.of() : Arrays.stream(expected.split(";")).map(String::strip).toList();
    }
}
