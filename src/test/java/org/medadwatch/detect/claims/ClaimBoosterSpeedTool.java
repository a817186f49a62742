package org.medadwatch.detect.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.RuleLoader;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.page.ExtractedPage;

/** Extra detection time per page with the booster: {@code -Dtest=ClaimBoosterSpeedTool -Dmedadwatch.speed=true}. */
@EnabledIfSystemProperty(named = "medadwatch.speed", matches = "true")
class ClaimBoosterSpeedTool {
    @Test
    void measure() throws Exception {
        PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());
        List<ExtractedPage> pages = new ArrayList<>();
        for (String c : List.of("demo", "holdout", "holdout3")) {
            try (var fs = Files.list(Path.of("samples", c, "pages"))) {
                for (Path f : fs.sorted().toList()) {
                    pages.add(extractor.extract(Files.readAllBytes(f), Optional.empty(), f.toString()));
                }
            }
        }
        RuleMatcher m = RuleMatcher.compile(RuleLoader.loadFolder(Path.of("rules")));
        ApprovalCheck check = new ApprovalCheck(Optional.empty(), LocalDate.parse("2026-11-01"));
        Detector off = new Detector(m, AdJudge.standard(), check, Optional.empty());
        Detector on = new Detector(m, AdJudge.standard(), check, Optional.of(ClaimBooster.standard()));
        for (int round = 0; round < 5; round++) {
            long a = time(off, pages);
            long b = time(on, pages);
            System.out.printf("pages %d: off %.2f ms/page, on %.2f ms/page, extra %.2f ms/page%n", pages.size(),
                    a / 1e6 / pages.size(), b / 1e6 / pages.size(), (b - a) / 1e6 / pages.size());
        }
    }

    static long time(Detector d, List<ExtractedPage> pages) {
        long t = System.nanoTime();
        for (int k = 0; k < 5; k++) {
            pages.forEach(d::judge);
        }
        return (System.nanoTime() - t) / 5;
    }
}
