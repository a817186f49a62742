package org.medadwatch.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.medadwatch.app.DetectorVersion;
import org.medadwatch.app.RuleBook;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.extract.ExtractionLimits;

/**
 * Scans of a {@link ScriptedSite} into one data folder, each under the rule files its rules
 * folder holds at that moment, as an analyst editing {@code rules/*.yaml} between scans would.
 */
final class RescanFixture {
    /** A clinic's ad page: two cure guarantees, and army-hospital experts (rule file military_name.yaml). */
    static final String AD_PAGE = """
            <html><head><meta charset="utf-8"><title>杭州某某男科医院-专治前列腺炎</title></head><body>
            <h1>杭州某某男科医院</h1>
            <p>本院专治前列腺炎、阳痿早泄，一次根治，永不复发。</p>
            <p>特聘军队医院专家团队，每周二、周四亲诊。</p>
            <p>预约挂号电话：0571-87163320 地址：杭州市西湖区文三路100号</p>
            </body></html>""";
    static final String HOME = """
            <html><head><meta charset="utf-8"><title>杭州某某男科医院</title></head><body>
            <a href="/a.html">前列腺炎</a> <a href="/b.html">阳痿早泄</a></body></html>""";
    static final String MILITARY_RULES = "military_name.yaml";

    final Path rules;
    final DataFolder data;
    final List<Seed> seeds;

    /** Seeds the sites in order; the first is the clinic's own. */
    RescanFixture(Path dir, ScriptedSite... sites) throws IOException {
        this.rules = dir.resolve("rules");
        this.data = new DataFolder(dir.resolve("data"));
        List<Seed> list = new java.util.ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            list.add(new Seed(i == 0 ? "某某男科医院官网" : "某某男科医院分站" + i, sites[i].root(), Seed.Kind.SITE, "330100", 10, 1));
        }
        this.seeds = List.copyOf(list);
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Takes the army-name rules out of the rule set, as an analyst retiring a rule file would. */
    void removeMilitaryRules() throws IOException {
        Files.delete(rules.resolve(MILITARY_RULES));
    }

    /** Puts the army-name rules (back) into the rule set. */
    void addMilitaryRules() throws IOException {
        Files.copy(Path.of("rules", MILITARY_RULES), rules.resolve(MILITARY_RULES), StandardCopyOption.REPLACE_EXISTING);
    }

    /** One scan under the rule files as they are now, loaded afresh as a new scan process would. */
    ScanSummary scan() throws IOException {
        RuleBook book = RuleBook.load(Optional.of(rules));
        Detector detector = new Detector(RuleMatcher.compile(book.rules()), AdJudge.standard(),
                new ApprovalCheck(Optional.empty(), LocalDate.of(2026, 11, 1)), Optional.empty());
        return new ScanPipeline(data, detector, book.fingerprint(DetectorVersion.current()),
                CrawlSettings.defaults().withPolitenessDelay(Duration.ZERO), ExtractionLimits.defaults())
                .run("seeds.csv", seeds, s -> { });
    }
}
