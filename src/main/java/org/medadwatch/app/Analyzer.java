package org.medadwatch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.Verdict;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;
import org.medadwatch.page.ExtractedPage;

/**
 * Judges saved pages: files and folders in, one report per page out. A page that cannot be
 * read or judged is reported as a failure and the others go on.
 */
public final class Analyzer {
    private final ExtractionLimits limits;
    private final PageExtractor extractor;
    private final Detector detector;

    public Analyzer(ExtractionLimits limits, Detector detector) {
        this.limits = limits;
        this.extractor = new PageExtractor(limits);
        this.detector = detector;
    }

    /** Files named directly, and every *.html / *.htm file below named folders, in name order. */
    public static List<Path> pages(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Analyzer::looksLikeHtml).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean looksLikeHtml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml");
    }

    public void analyze(List<Path> files, Consumer<PageReport> reports, Consumer<PageFailure> failures) {
        for (Path file : files) {
            try {
                reports.accept(analyze(file));
            } catch (PageRejectedException e) {
                failures.accept(new PageFailure(file.toString(), e.getMessage()));
            } catch (IOException e) {
                failures.accept(new PageFailure(file.toString(), file + ": cannot read: " + e.getMessage()));
            } catch (RuntimeException e) {
                failures.accept(new PageFailure(file.toString(), file + ": failed: " + e));
            }
        }
    }

    public PageReport analyze(Path file) throws IOException, PageRejectedException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            // Refused before reading: a page of gigabytes must not be loaded to learn it is too large.
            throw PageRejectedException.tooLarge(file.toString(), size, limits.maxBytes());
        }
        byte[] raw = Files.readAllBytes(file);
        ExtractedPage page = extractor.extract(raw, Optional.empty(), file.toString());
        Verdict verdict = detector.judge(page);
        return new PageReport(verdict.reading(page), verdict);
    }
}
