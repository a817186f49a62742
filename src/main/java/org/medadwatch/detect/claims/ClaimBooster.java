package org.medadwatch.detect.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

import org.medadwatch.detect.Category;
import org.medadwatch.detect.Finding;
import org.medadwatch.detect.Level;
import org.medadwatch.detect.text.FoldedText;

/**
 * The recall booster: after the rules ran on an ad page, each category they did not find is
 * looked for once more, sentence by sentence, by the claim classifier ({@link ClaimModel}); the
 * best sentence above the category's threshold becomes one LOW finding, {@code MODEL-CATEGORY},
 * quoted exactly from the page with its offsets, for an analyst to confirm.
 *
 * <pre>{@code
 * ClaimBooster booster = ClaimBooster.standard();
 * List<Finding> more = booster.findings(foldedPageText, categoriesTheRulesFound, allowedForThisAdvertiser, basisOf);
 * }</pre>
 *
 * Scoring is synchronised in the model: OpenNLP does not promise a thread-safe categorizer.
 */
public final class ClaimBooster {
    /** Whether detection adds model findings unless told otherwise ({@code --no-model-findings}). */
    public static final boolean ON_BY_DEFAULT = false;
    public static final String RULE_ID_PREFIX = "MODEL-";
    public static final String NOTE = "模型判断，待人工核实";

    /** The shipped model, trained from {@link #TRAINING_RESOURCE}; a test checks that it is. */
    static final String MODEL_RESOURCE = "claims-model.bin";
    /** The training file as the jar carries it: the bundled copy of {@code rules/}. */
    static final String TRAINING_RESOURCE = "/medadwatch-rules/classifier/claims-training.txt";
    /** Per-category thresholds, chosen on holdout3; a category without one is never boosted. */
    static final String THRESHOLDS_RESOURCE = "claims-thresholds.properties";

    /** Sentences with fewer Han characters than this are not scored: labels, numbers, menu items. */
    static final int MIN_HAN = 4;

    private final ClaimModel model;
    private final Map<Category, Double> thresholds;

    ClaimBooster(ClaimModel model, Map<Category, Double> thresholds) {
        this.model = Objects.requireNonNull(model, "model");
        Map<Category, Double> copy = new EnumMap<>(Category.class);
        copy.putAll(thresholds);
        this.thresholds = Collections.unmodifiableMap(copy);
    }

    /** The shipped model and thresholds. Where the jar has no model it trains one from its training copy. */
    public static ClaimBooster standard() {
        Map<Category, Double> thresholds = shippedThresholds();
        try (InputStream in = ClaimBooster.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in != null) {
                return new ClaimBooster(ClaimModel.load(in), thresholds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + MODEL_RESOURCE, e);
        }
        return new ClaimBooster(trainedFromResource(), thresholds);
    }

    static ClaimModel trainedFromResource() {
        try (InputStream in = ClaimBooster.class.getResourceAsStream(TRAINING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("training resource missing: " + TRAINING_RESOURCE);
            }
            return ClaimModel.train(TRAINING_RESOURCE, ClaimModel.readLines(in), s -> true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training resource " + TRAINING_RESOURCE, e);
        }
    }

    static Map<Category, Double> shippedThresholds() {
        Properties p = new Properties();
        try (InputStream in = ClaimBooster.class.getResourceAsStream(THRESHOLDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("thresholds resource missing: " + THRESHOLDS_RESOURCE);
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + THRESHOLDS_RESOURCE, e);
        }
        Map<Category, Double> out = new EnumMap<>(Category.class);
        for (String key : p.stringPropertyNames()) {
            Category c = Category.find(key).orElseThrow(() -> new IllegalStateException(
                    THRESHOLDS_RESOURCE + ": unknown category " + key));
            out.put(c, Double.parseDouble(p.getProperty(key).strip()));
        }
        return out;
    }

    /** A booster with the shipped thresholds and a model trained from {@code trainingFile}. */
    public static ClaimBooster trainedFrom(Path trainingFile) throws IOException {
        return new ClaimBooster(ClaimModel.train(trainingFile), shippedThresholds());
    }

    /** Trains from {@code trainingFile} and writes the model; the same file gives the same model. */
    public static void train(Path trainingFile, Path modelOut) throws IOException {
        ClaimModel m = ClaimModel.train(trainingFile);
        Path parent = modelOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            m.save(out);
        }
    }

    public Map<Category, Double> thresholds() {
        return thresholds;
    }

    ClaimModel model() {
        return model;
    }

    /** The best-scoring sentence of the page for one category: folded span and score. */
    record Candidate(Category category, double score, int start, int end) {
    }

    /** A sentence of the folded text: [start, end), trimmed of spaces. */
    record Span(int start, int end) {
    }

    /** Splits folded text at 。！？!?；; and line breaks; spans are trimmed and never empty. */
    static List<Span> sentences(String folded) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = folded.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || "。！？!?；;\n".indexOf(folded.charAt(i)) >= 0) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(folded.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(folded.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(s, e));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * For each category in {@code wanted}, the page's best sentence, whatever its score. Only
     * sentences with at least {@link #MIN_HAN} Han characters are scored.
     */
    Map<Category, Candidate> candidates(FoldedText text, Set<Category> wanted) {
        Map<Category, Candidate> best = new EnumMap<>(Category.class);
        if (wanted.isEmpty()) {
            return best;
        }
        String folded = text.folded();
        for (Span s : sentences(folded)) {
            String sentence = folded.substring(s.start(), s.end());
            if (ClaimTokenizer.hanCount(sentence) < MIN_HAN) {
                continue;
            }
            double[] p = model.score(sentence);
            for (Category c : wanted) {
                Candidate b = best.get(c);
                if (b == null || p[c.ordinal()] > b.score()) {
                    best.put(c, new Candidate(c, p[c.ordinal()], s.start(), s.end()));
                }
            }
        }
        return best;
    }

    /**
     * The model findings for one ad page.
     *
     * @param text    the folded page text
     * @param found   categories the rules already found on the page: never boosted
     * @param allowed whether a category may be reported for this page's advertiser (the rules'
     *                {@code when}: a hospital's disease claim is no DISEASE_CLAIM_NONMEDICAL)
     * @param basis   the legal basis to cite for a category
     */
    public List<Finding> findings(FoldedText text, Set<Category> found, Predicate<Category> allowed,
                                  java.util.function.Function<Category, String> basis) {
        Set<Category> wanted = java.util.EnumSet.noneOf(Category.class);
        for (Category c : thresholds.keySet()) {
            if (!found.contains(c) && allowed.test(c)) {
                wanted.add(c);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Candidate c : candidates(text, wanted).values()) {
            if (c.score() > thresholds.get(c.category())) {
                out.add(new Finding(c.category(), RULE_ID_PREFIX + c.category().name(), basis.apply(c.category()),
                        Level.LOW, text.originalSpan(c.start(), c.end()), text.originalStart(c.start()),
                        text.originalEnd(c.end()), NOTE));
            }
        }
        return out;
    }
}
