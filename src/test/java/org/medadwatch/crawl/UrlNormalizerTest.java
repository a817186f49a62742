package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", value = {
        "HTTP://WWW.Example.CN:80/a/./b/../c.html#top | http://www.example.cn/a/c.html",
        "https://example.cn:443/                     | https://example.cn/",
        "http://example.cn:8080/x                    | http://example.cn:8080/x",
        "http://example.cn/list.php;jsessionid=A1B2C3?id=7 | http://example.cn/list.php?id=7",
        "http://example.cn/a.jsp;JSESSIONID=Z         | http://example.cn/a.jsp",
        "http://example.cn/?PHPSESSID=abc&id=3        | http://example.cn/?id=3",
        "http://example.cn/?sid=9&page=2&SessionId=q  | http://example.cn/?page=2",
        "http://example.cn/?b=2&a=1                   | http://example.cn/?a=1&b=2",
        "mailto:someone@example.cn                    | EMPTY",
        "javascript:void(0)                           | EMPTY",
        "ftp://example.cn/file                        | EMPTY",
    })
    void normalises(String in, String expected) {
        assertEquals(Optional.ofNullable(expected), normalizer.normalize(in));
    }
}
