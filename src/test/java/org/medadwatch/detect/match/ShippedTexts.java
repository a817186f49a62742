package org.medadwatch.detect.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;

/** Folded text to check the pattern prefilters' soundness on: the rules' examples and two labelled corpora. */
final class ShippedTexts {
    /** How far a match is looked for from each start: past any rule's window, as verification reads it. */
    static final int REACH = 48;

    private ShippedTexts() {
    }

    /**
     * One start of a shipped pattern in a text: where the regex's match from there ends within
     * {@code limit}, or -1 where it has none (an empty match counts as none).
     */
    record Start(Rule rule, String text, int start, int limit, int matchEnd) {
        boolean matched() {
            return matchEnd > start;
        }
    }

    /** Every start of the pattern of every rule {@code which} selects, in every text. */
    static void eachStart(List<Rule> rules, List<String> texts, Predicate<Rule> which, Consumer<Start> visit) {
        for (Rule rule : rules) {
            if (rule.pattern().isEmpty() || !which.test(rule)) {
                continue;
            }
            for (String text : texts) {
                Matcher m = rule.pattern().get().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int s = 0; s < text.length(); s++) {
                    int limit = Math.min(text.length(), s + REACH);
                    m.region(s, limit);
                    visit.accept(new Start(rule, text, s, limit, m.lookingAt() ? m.end() : -1));
                }
            }
        }
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
