package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.clue.Site;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Category;
import org.medadwatch.review.ReviewService;

/** An analyst's jurisdiction is a person's decision: scans neither overwrite it nor ignore it. */
class ManualJurisdictionTest {
    static final Site HANGZHOU_SEED = new Site("某某男科医院官网", URI.create("http://nanke.example/"), Seed.Kind.SITE, "330100");
    static final String URL = "http://nanke.example/a.html";

    @TempDir
    Path dir;

    @Test
    void aLaterScanKeepsTheManualJurisdictionAndTheNewCluesOfThePageTakeIt() {
        try (Store store = Store.open(dir)) {
            long first = store.scans().start("seeds.csv");
            String cure = store.tracker().record(Observations.page(URL).site(HANGZHOU_SEED).scan(first)
                    .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治").build()).cluesNew().get(0);
            assertEquals(Jurisdiction.Source.SEED, store.clues().expect(cure).jurisdiction().source());

            new ReviewService(store, Clock.systemUTC()).changeJurisdiction(List.of(cure), "330200", "ana", "实际经营地在宁波");

            long second = store.scans().start("seeds.csv");
            RecordOutcome again = store.tracker().record(Observations.page(URL).site(HANGZHOU_SEED).scan(second)
                    .at(Observations.T0.plus(Duration.ofDays(1))).text("本院专治前列腺炎，一次根治，永不复发，最好的医院")
                    .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治")
                    .finding(Category.ABSOLUTE_TERM, "abs-001", "最好的医院").build());

            Jurisdiction ningbo = new Jurisdiction(Optional.of("330200"), "浙江省宁波市", Jurisdiction.Source.MANUAL);
            assertEquals(ningbo, store.clues().expect(cure).jurisdiction(), "the seen-again clue keeps it");
            Clue absolute = store.clues().expect(again.cluesNew().get(0));
            assertEquals(ningbo, absolute.jurisdiction(), "a new clue of the page takes it over the seed's 330100");
        }
    }
}
