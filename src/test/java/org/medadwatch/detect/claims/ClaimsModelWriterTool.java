package org.medadwatch.detect.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rebuilds the shipped claims model from
 * rules/classifier/claims-training.txt (all sections). Not a test; run after regenerating it:
 * <pre>mvn -q -B test -Dtest=ClaimsModelWriterTool -Dmedadwatch.writeModel=true</pre>
 */
@EnabledIfSystemProperty(named = "medadwatch.writeModel", matches = "true")
class ClaimsModelWriterTool {
    static final Path RESOURCES = Path.of("src/main/resources/org/medadwatch/detect/claims");

    @Test
    void writeShippedModel() throws IOException {
        ClaimBooster.train(ClaimsTrainingGenerator.OUT, RESOURCES.resolve(ClaimBooster.MODEL_RESOURCE));
    }
}
