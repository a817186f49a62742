package org.medadwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;
import org.medadwatch.page.ExtractedPage;

/** Our pages for the index benchmarks: every {@code .html}/{@code .htm} file under the folders given, extracted. */
public final class BenchPages {
    private BenchPages() {
    }

    public static List<ExtractedPage> load(List<Path> folders) throws IOException {
        PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());
        List<ExtractedPage> pages = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(folder)) {
                files = s.filter(Files::isRegularFile).filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".html") || n.endsWith(".htm");
                }).sorted().toList();
            }
            for (Path f : files) {
                try {
                    pages.add(extractor.extract(Files.readAllBytes(f), Optional.empty(), f.toString()));
                } catch (PageRejectedException e) {
                    // not a page the index would see either
                }
            }
        }
        return pages;
    }
}
