package org.medadwatch.detect.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;

/** Folded text to check the pattern prefilters' soundness on: the rules' examples and two labelled corpora. */
final class ShippedTexts {
    private ShippedTexts() {
    }

    static List<String> examplesAndCorpora(List<Rule> rules) {
        List<String> texts = new ArrayList<>();
        for (Rule r : rules) {
            r.examples().hit().forEach(e -> texts.add(TextFolder.foldPhrase(e.text())));
            r.examples().miss().forEach(e -> texts.add(TextFolder.foldPhrase(e.text())));
        }
        PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());
        for (String corpus : List.of("samples/holdout5/pages", "samples/holdout7/pages")) {
            try (Stream<Path> pages = Files.list(Path.of(corpus))) {
                for (Path p : pages.sorted().toList()) {
                    texts.add(TextFolder.fold(extractor.extract(Files.readAllBytes(p), Optional.empty(), p.toString())
                            .text()).folded());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PageRejectedException e) {
                throw new IllegalStateException("a corpus page was rejected: " + e.getMessage(), e);
            }
        }
        return texts;
    }
}
