package org.medadwatch.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Child-JVM entry point for {@link ResumeIT}: crawls one site, appends each delivered URL to a
 * file as it arrives (flushed, so a SIGKILL loses nothing already written), and at the end
 * writes the report. Args: seedUrl frontierDir deliveredFile reportFile.
 */
public final class ResumeCrawlMain {
    private ResumeCrawlMain() {
    }

    public static void main(String[] args) throws IOException {
        Seed seed = new Seed("resume", URI.create(args[0]), Seed.Kind.SITE, "", 10_000, 5);
        CrawlSettings settings = CrawlSettings.from(Map.of(
                "crawl.politeness.delay.ms", "0",
                "crawl.threads", "2",
                "crawl.frontier.dir", args[1]));
        Path delivered = Path.of(args[2]);
        try (Writer out = Files.newBufferedWriter(delivered, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            CrawlReport report = new Crawler().crawl(List.of(seed), settings, new FetchListener() {
                @Override
                public synchronized void fetched(FetchedPage page) {
                    try {
                        out.write(page.url() + "\n");
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void failed(FetchFailure failure) {
                }
            });
            Files.writeString(Path.of(args[3]), "resumed=" + report.resumed() + "\nfinished=" + report.finished()
                    + "\nfetched=" + report.pagesFetched() + "\n", StandardCharsets.UTF_8);
        }
    }
}
