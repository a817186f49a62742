package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlSettingsTest {
    @Test
    void defaultsComeFromTheDefaultsFile() {
        CrawlSettings s = CrawlSettings.defaults();
        assertEquals(Duration.ofSeconds(1), s.politenessDelay());
        assertTrue(s.respectRobots());
        assertTrue(s.resumable());
        assertEquals(8 * 1024 * 1024, s.maxPageBytes());
        assertEquals(5, s.maxRedirects());
        assertEquals(Path.of("data/frontier"), s.frontierDir());
        assertEquals("MedAdWatch", s.robotsAgentName());
        assertTrue(s.userAgent().contains("contact"));
    }

    @Test
    void overridesReplaceDefaults() {
        CrawlSettings s = CrawlSettings.from(Map.of("crawl.politeness.delay.ms", "0", "crawl.robots.respect", "FALSE"));
        assertEquals(Duration.ZERO, s.politenessDelay());
        assertEquals(false, s.respectRobots());
    }

    @Test
    void unknownKeyIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrawlSettings.from(Map.of("crawl.politness.delay.ms", "0")));
        assertTrue(e.getMessage().contains("crawl.politness.delay.ms"));
    }

    @Test
    void badValuesAreRejectedByKey() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CrawlSettings.from(Map.of("crawl.threads", "0"))).getMessage().contains("crawl.threads"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CrawlSettings.from(Map.of("crawl.resumable", "yes"))).getMessage().contains("crawl.resumable"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CrawlSettings.from(Map.of("crawl.user.agent", "no version"))).getMessage().contains("crawl.user.agent"));
    }
}
