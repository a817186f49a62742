package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrapDetectorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static TrapDetector detector(int calendarPages) {
        return new TrapDetector(CrawlSettings.from(Map.of("crawl.max.calendar.pages", Integer.toString(calendarPages))),
                CLOCK);
    }

    @ParameterizedTest(name = "{0} trap={1}")
    @CsvSource(delimiter = '|', value = {
        "http://h.cn/news/123456                    | false",
        "http://h.cn/news/2024/05/article789.html   | false",
        "http://h.cn/list.php?page=200              | false",
        "http://h.cn/a/b/a/b/x                      | false",
        "http://h.cn/a/b/a/b/a/b                    | true",
        "http://h.cn/calendar?month=13              | true",
        "http://h.cn/calendar?month=0               | true",
        "http://h.cn/calendar?year=2999&month=1     | true",
        "http://h.cn/calendar?year=1850             | true",
        "http://h.cn/calendar?date=2024-13-01       | true",
        "http://h.cn/calendar?day=32                | true",
        "http://h.cn/calendar?month=202413          | true",
        "http://h.cn/calendar?month=12              | false",
        "http://h.cn/events/2024-05                 | false",
    })
    void singleUrl(String url, boolean trap) {
        assertEquals(trap, detector(24).check(url).isPresent(), url);
    }

    @Test
    void overlongUrlIsATrap() {
        String url = "http://h.cn/" + "x".repeat(2000);
        assertTrue(detector(24).check(url).orElseThrow().contains("longer than"));
    }

    @Test
    void plausibleCalendarPagesStopAtTheBoundPerPattern() {
        TrapDetector d = detector(5);
        int passed = 0;
        for (int i = 0; i < 40; i++) {
            int year = 2000 + i / 12;
            int month = 1 + i % 12;
            if (d.check("http://h.cn/events/" + year + "-" + (month < 10 ? "0" : "") + month).isEmpty()) {
                passed++;
            }
        }
        assertEquals(5, passed);
        assertTrue(d.check("http://h.cn/news/123.html").isEmpty(), "other patterns are not affected");
    }
}
