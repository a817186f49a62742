package org.medadwatch.detect.ad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The OpenNLP document categorizer behind {@link AdJudge}: training from the shipped text format,
 * saving, loading and scoring.
 *
 * <p>Algorithm: maximum entropy (GIS), fixed 150 iterations, cutoff 1, one thread. Over
 * overlapping character unigrams and bigrams the features are strongly correlated (every bigram
 * repeats its two unigrams); naive Bayes counts that evidence again and again and pushes its
 * probabilities to 0 or 1, while maxent fits weights jointly and keeps scores that can be
 * combined with page signals. GIS over a few hundred short documents trains in well under a
 * second, and with a fixed event order, iteration count and a single thread the model is
 * byte-for-byte the same on every run.
 */
final class AdCategorizer {
    static final String MEDICAL_AD = "medical_ad";
    static final String NONMEDICAL_AD = "nonmedical_ad";
    static final String EDITORIAL = "editorial";
    static final List<String> LABELS = List.of(MEDICAL_AD, NONMEDICAL_AD, EDITORIAL);

    private static final int ITERATIONS = 150;
    private static final int CUTOFF = 1;

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;

    private AdCategorizer(DoccatModel model) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
        for (String label : LABELS) {
            if (categorizer.getIndex(label) < 0) {
                throw new IllegalArgumentException("model has no category '" + label + "'");
            }
        }
    }

    /** The three label probabilities for one text. */
    record Scores(double medicalAd, double nonmedicalAd, double editorial) {
        double ad() {
            return medicalAd + nonmedicalAd;
        }

        /** P(medical | ad) as the categorizer sees it. */
        double medicalGivenAd() {
            double ad = ad();
            return ad <= 0 ? 0.5 : medicalAd / ad;
        }
    }

    synchronized Scores score(String text) {
        double[] p = categorizer.categorize(CharNgramTokenizer.tokens(text));
        return new Scores(p[categorizer.getIndex(MEDICAL_AD)], p[categorizer.getIndex(NONMEDICAL_AD)],
                p[categorizer.getIndex(EDITORIAL)]);
    }

    static AdCategorizer load(InputStream in) throws IOException {
        return new AdCategorizer(new DoccatModel(in));
    }

    /** The weights, for comparing two trainings. */
    Object maxentModel() {
        return model.getMaxentModel();
    }

    void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** Trains from the lines of a training file; {@code name} is used in error messages. */
    static AdCategorizer train(String name, List<String> lines) {
        List<DocumentSample> samples = parse(name, lines);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("DataIndexer", "OnePass");   // in memory; TwoPass spills to a temp file
        params.put("PrintMessages", false);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        try {
            return new AdCategorizer(DocumentCategorizerME.train("zh", new CollectionObjectStream<>(samples),
                    params, factory));
        } catch (IOException e) {
            throw new UncheckedIOException("training from " + name + " failed", e);
        }
    }

    static AdCategorizer train(Path trainingFile) throws IOException {
        return train(trainingFile.toString(), Files.readAllLines(trainingFile, StandardCharsets.UTF_8));
    }

    static List<String> readLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * One document a line: {@code label}, a tab or spaces, the text. Blank lines and lines
     * starting with {@code #} are skipped. A bad line fails with its number.
     */
    static List<DocumentSample> parse(String name, List<String> lines) {
        List<DocumentSample> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int cut = 0;
            while (cut < line.length() && !Character.isWhitespace(line.charAt(cut))) {
                cut++;
            }
            String label = line.substring(0, cut).toLowerCase(Locale.ROOT);
            String text = line.substring(cut).strip();
            if (!LABELS.contains(label)) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown label '" + label
                        + "', expected one of " + LABELS);
            }
            String[] tokens = CharNgramTokenizer.tokens(text);
            if (tokens.length == 0) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": no text after label");
            }
            samples.add(new DocumentSample(label, tokens));
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException(name + ": no training documents");
        }
        return samples;
    }
}
