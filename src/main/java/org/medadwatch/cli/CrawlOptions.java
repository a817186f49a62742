package org.medadwatch.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.medadwatch.crawl.CrawlSettings;
import picocli.CommandLine.Option;

/** The crawl options every scanning command shares ({@code scan}, and {@code serve}'s schedule). */
final class CrawlOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Crawl settings (properties) overriding the defaults, e.g. crawl.user.agent.")
    Path config;

    @Option(names = "--politeness-ms", paramLabel = "MS", description = "Pause between two requests to one host (default 1000).")
    Long politenessMs;

    CrawlSettings settings() throws IOException {
        Map<String, String> overrides = new HashMap<>();
        if (config != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.stringPropertyNames().forEach(k -> overrides.put(k, p.getProperty(k)));
        }
        CrawlSettings s = CrawlSettings.from(overrides);
        return politenessMs == null ? s : s.withPolitenessDelay(Duration.ofMillis(politenessMs));
    }
}
