package org.medadwatch.detect.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageSignal;

class AdCategorizerTest {
    static final Path TRAINING_FILE = Path.of("rules/classifier/ad-training.txt");

    private static final List<String> PROBES = List.of(
            "白癜风专家本周六会诊，请提前预约",
            "区市场监管局通报三起违法医疗广告案件",
            "足疗加推拿，一小时九十八元",
            "高血压患者要控制盐的摄入");

    @Test
    void jarCarriesTheRulesTrainingFile() throws IOException {
        try (InputStream in = AdJudge.class.getResourceAsStream(AdJudge.TRAINING_RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(TRAINING_FILE), in.readAllBytes());
        }
    }

    @Test
    void shippedModelIsTheOneTrainedFromTheShippedTrainingFile() throws IOException {
        try (InputStream in = AdJudge.class.getResourceAsStream(AdJudge.MODEL_RESOURCE)) {
            assertEquals(AdCategorizer.train(TRAINING_FILE).maxentModel(), AdCategorizer.load(in).maxentModel(),
                    "the shipped model is stale: rebuild it with "
                            + "mvn test -Dtest=ShippedModelWriterTool -Dmedadwatch.writeModel=true");
        }
    }

    @Test
    void trainingTwiceGivesTheSameWeightsAndScores() throws IOException {
        // the serialised zip differs only by its timestamps; weights and scores must not differ at all
        AdCategorizer first = AdCategorizer.train(TRAINING_FILE);
        AdCategorizer second = AdCategorizer.train(TRAINING_FILE);
        assertEquals(first.maxentModel(), second.maxentModel());
        for (String probe : PROBES) {
            assertEquals(first.score(probe), second.score(probe), probe);
        }
    }

    @Test
    void savedModelLoadsWithTheSamePredictions(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("ad.bin");
        AdJudge.train(TRAINING_FILE, model);
        AdJudge trained = AdJudge.trainedFrom(TRAINING_FILE);
        AdJudge loaded = AdJudge.load(model);
        for (String probe : PROBES) {
            ExtractedPage p = Pages.page(null, "", probe, List.of(), List.of(), PageSignal.CONSULT_PHONE);
            assertEquals(trained.assess(p), loaded.assess(p), probe);
        }
    }

    @Test
    void withoutAModelResourceTheJudgeTrainsTheSameModel() {
        ExtractedPage p = Pages.page(null, "", PROBES.get(0), List.of(), List.of(), PageSignal.CONSULT_PHONE);
        assertEquals(AdJudge.standard().assess(p), AdJudge.trainedFromResource().assess(p));
    }

    @Test
    void unknownLabelFailsNamingFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AdCategorizer.train("t.txt", List.of("# c", "editorial 新闻", "advert 广告")));
        assertTrue(e.getMessage().startsWith("t.txt:3: unknown label 'advert'"), e.getMessage());
    }

    @Test
    void labelMaySeparateFromTextBySpaceOrTab() {
        assertEquals(2, AdCategorizer.parse("t", List.of("editorial\t新闻", "medical_ad   男科医院")).size());
    }

    @Test
    void loadingSomethingThatIsNoModelFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.bin"), "not a model");
        var e = assertThrows(IOException.class, () -> AdJudge.load(bad));
        assertTrue(e.getMessage().contains("bad.bin"), e.getMessage());
    }
}
