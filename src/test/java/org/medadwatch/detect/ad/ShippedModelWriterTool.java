package org.medadwatch.detect.ad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rebuilds the shipped model from rules/classifier/ad-training.txt.
 * Not a test; run after editing the training file:
 * <pre>mvn -q -B test -Dtest=ShippedModelWriterTool -Dmedadwatch.writeModel=true</pre>
 * {@code AdCategorizerTest} then checks that what ships is what this wrote.
 */
@EnabledIfSystemProperty(named = "medadwatch.writeModel", matches = "true")
class ShippedModelWriterTool {
    private static final Path RESOURCES = Path.of("src/main/resources/org/medadwatch/detect/ad");

    @Test
    void writeShippedModel() throws IOException {
        AdJudge.train(AdCategorizerTest.TRAINING_FILE, RESOURCES.resolve(AdJudge.MODEL_RESOURCE));
    }
}
