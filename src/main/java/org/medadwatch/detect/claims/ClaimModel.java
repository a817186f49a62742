package org.medadwatch.detect.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.text.TextFolder;

/**
 * The sentence-level claim classifier: one OpenNLP maxent model over 13 outcomes, the 12 claim
 * categories the rules find (all but {@link Category#UNAPPROVED_AD}) and {@link #NONE}.
 *
 * <p>Maxent (GIS), fixed 200 iterations, cutoff 1, one thread, in-memory indexer: the same
 * training file gives the same weights on every run. One multi-class model was measured against
 * one binary model per category on holdout3 (see rules/classifier/README.md) and chosen: it is a
 * twelfth of the size and of the scoring cost, and it ranked the held-out claims as well.
 */
final class ClaimModel {
    static final String NONE = "NONE";
    /** The categories a sentence can claim; UNAPPROVED_AD is about an absence, not wording. */
    static final List<Category> CATEGORIES = java.util.Arrays.stream(Category.values())
            .filter(c -> c != Category.UNAPPROVED_AD).toList();

    private static final int ITERATIONS = 200;
    private static final int CUTOFF = 1;

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final int[] index;   // category ordinal -> outcome index, or -1

    private ClaimModel(DoccatModel model) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
        this.index = new int[Category.values().length];
        java.util.Arrays.fill(index, -1);
        for (Category c : CATEGORIES) {
            index[c.ordinal()] = categorizer.getIndex(c.name());
        }
        if (categorizer.getIndex(NONE) < 0) {
            throw new IllegalArgumentException("claims model has no outcome " + NONE);
        }
    }

    /** One labelled sentence of a training file, with the source section it stands in. */
    record Line(String label, String text, String source) {
    }

    /** P(category) for one folded sentence, by category ordinal (0 where the model lacks it). */
    synchronized double[] score(String foldedSentence) {
        double[] p = categorizer.categorize(ClaimTokenizer.tokens(foldedSentence));
        double[] out = new double[Category.values().length];
        for (Category c : CATEGORIES) {
            out[c.ordinal()] = index[c.ordinal()] < 0 ? 0 : p[index[c.ordinal()]];
        }
        return out;
    }

    Map<Category, Double> scores(String text) {
        double[] p = score(TextFolder.foldPhrase(text));
        Map<Category, Double> out = new EnumMap<>(Category.class);
        for (Category c : CATEGORIES) {
            out.put(c, p[c.ordinal()]);
        }
        return out;
    }

    Object maxentModel() {
        return model.getMaxentModel();
    }

    static ClaimModel load(InputStream in) throws IOException {
        return new ClaimModel(new DoccatModel(in));
    }

    void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    static ClaimModel train(Path file) throws IOException {
        return train(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), s -> true);
    }

    /** Trains on the lines whose source section passes {@code sources}. */
    static ClaimModel train(String name, List<String> lines, Predicate<String> sources) {
        return train(name, parse(name, lines).stream().filter(l -> sources.test(l.source())).toList());
    }

    static ClaimModel train(String name, List<Line> lines) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Line l : lines) {
            String[] tokens = ClaimTokenizer.tokens(TextFolder.foldPhrase(l.text()));
            if (tokens.length > 0) {
                samples.add(new DocumentSample(l.label(), tokens));
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException(name + ": no training sentences");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("DataIndexer", "OnePass");
        params.put("PrintMessages", false);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        try {
            return new ClaimModel(DocumentCategorizerME.train("zh", new CollectionObjectStream<>(samples), params,
                    factory));
        } catch (IOException e) {
            throw new UncheckedIOException("training from " + name + " failed", e);
        }
    }

    static List<String> readLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * {@code LABEL<TAB>sentence}, LABEL one of the 12 claim categories or NONE. Blank lines and
     * {@code #} comments are skipped; a comment {@code # source: NAME} starts a source section.
     * A bad line fails with its number.
     */
    static List<Line> parse(String name, List<String> lines) {
        Set<String> labels = new java.util.HashSet<>();
        CATEGORIES.forEach(c -> labels.add(c.name()));
        labels.add(NONE);
        List<Line> out = new ArrayList<>();
        String source = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String stripped = line.strip();
            if (stripped.startsWith("# source:")) {
                source = stripped.substring("# source:".length()).strip().split("\\s+")[0];
                continue;
            }
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int tab = stripped.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected LABEL<TAB>sentence");
            }
            String label = stripped.substring(0, tab).strip().toUpperCase(Locale.ROOT);
            String text = stripped.substring(tab + 1).strip();
            if (!labels.contains(label)) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown label '" + label + "'");
            }
            if (text.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": no sentence after label");
            }
            out.add(new Line(label, text, source));
        }
        return out;
    }
}
