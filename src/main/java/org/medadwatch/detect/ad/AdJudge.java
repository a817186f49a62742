package org.medadwatch.detect.ad;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;

/**
 * Decides whether a page is an ad, and whether a medical one. Build one judge at start-up and
 * share it; scoring is synchronised because OpenNLP does not promise a thread-safe categorizer.
 *
 * <pre>{@code
 * AdJudge judge = AdJudge.standard();
 * AdAssessment a = judge.assess(page);   // a.kind(), a.reasons()
 * }</pre>
 */
public final class AdJudge {
    /** The shipped model, trained from {@link #TRAINING_RESOURCE}; a test checks that it is. */
    static final String MODEL_RESOURCE = "ad-model.bin";
    /** The training file as the jar carries it: the bundled copy of {@code rules/}. */
    static final String TRAINING_RESOURCE = "/medadwatch-rules/classifier/ad-training.txt";

    private final AdCategorizer categorizer;

    private AdJudge(AdCategorizer categorizer) {
        this.categorizer = categorizer;
    }

    /**
     * The judge with the shipped model, loaded from the jar (about 20 ms). Where the jar has no
     * model it trains one from the training file the jar carries (0.5 to 1.5 s on two cores);
     * see rules/classifier/README.md.
     */
    public static AdJudge standard() {
        try (InputStream in = AdJudge.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in != null) {
                return new AdJudge(AdCategorizer.load(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + MODEL_RESOURCE, e);
        }
        return trainedFromResource();
    }

    static AdJudge trainedFromResource() {
        try (InputStream in = AdJudge.class.getResourceAsStream(TRAINING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("training resource missing from the classpath: " + TRAINING_RESOURCE);
            }
            return new AdJudge(AdCategorizer.train(TRAINING_RESOURCE, AdCategorizer.readLines(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training resource " + TRAINING_RESOURCE, e);
        }
    }

    /** A judge trained from a training file in the format of rules/classifier/README.md. */
    public static AdJudge trainedFrom(Path trainingFile) throws IOException {
        return new AdJudge(AdCategorizer.train(trainingFile));
    }

    /** A judge with a model written by {@link #train(Path, Path)}. */
    public static AdJudge load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new AdJudge(AdCategorizer.load(in));
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot load ad model " + modelFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Trains a model from {@code trainingFile} and writes it to {@code modelOut}; the same file
     * always gives the same model. Backs {@code medadwatch classifier train}.
     */
    public static void train(Path trainingFile, Path modelOut) throws IOException {
        AdCategorizer categorizer = AdCategorizer.train(trainingFile);
        Path parent = modelOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            categorizer.save(out);
        }
    }

    public AdAssessment assess(ExtractedPage page) {
        Objects.requireNonNull(page, "page");
        ExtractedPage plain = simplified(page);
        return AdSignals.assess(plain, categorizer.score(plain.title() + "\n" + plain.text()));
    }

    /**
     * The page in simplified characters, as the classifier was trained and the signals' words are written:
     * a page in traditional characters (醫院, 訂購熱線, 永不復發) is judged as its simplified twin.
     */
    static ExtractedPage simplified(ExtractedPage page) {
        PageFacts facts = page.facts();
        return new ExtractedPage(page.source(), page.charset(), TextFolder.simplified(page.title()),
                TextFolder.simplified(page.text()), page.wechat(), new PageFacts(facts.advertiser().map(TextFolder::simplified),
                facts.phones(), facts.approvalNumbers(), facts.icp()), page.signals(), page.warnings());
    }
}
