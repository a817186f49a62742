package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.app.RuleBook;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueSheetCsv;
import org.medadwatch.crawl.CrawlSettings;
import org.medadwatch.crawl.SeedFile;
import org.medadwatch.demo.DemoSite;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.approval.ApprovalRegistry;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.evidence.EvidenceVerifier;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.index.PageIndex;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.store.Store;

/** The bundled demo sites, served on loopback, scanned twice into one data folder. */
class ScanPipelineIT {
    @TempDir
    static Path dir;
    static DemoSite site;
    static ScanPipeline pipeline;
    static List<org.medadwatch.crawl.Seed> seeds;
    static ScanSummary first;
    static ScanSummary second;

    @BeforeAll
    static void scanTwice() throws Exception {
        site = DemoSite.start();
        Path seedFile = site.writeSeeds(dir.resolve("seeds.csv"));
        seeds = SeedFile.read(seedFile).seeds();
        RuleBook book = RuleBook.load(Optional.of(Path.of("rules")));
        Detector detector = new Detector(RuleMatcher.compile(book.rules()),
                AdJudge.standard(), new ApprovalCheck(Optional.of(ApprovalRegistry.load(
                DemoSite.writeApprovals(dir.resolve("approvals.csv")))), LocalDate.of(2026, 11, 1)));
        pipeline = new ScanPipeline(new DataFolder(dir.resolve("data")), detector, book.fingerprint("test"),
                CrawlSettings.defaults().withPolitenessDelay(Duration.ZERO), ExtractionLimits.defaults());
        first = pipeline.run("seeds.csv", seeds, s -> { });
        second = pipeline.run("seeds.csv", seeds, s -> { });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void firstScanJudgesEveryDemoPageAndMakesClues() {
        assertEquals(34, first.counters().fetched(), "30 sample pages and 4 home pages");
        assertEquals(4, first.counters().failures().get("ROBOTS_DISALLOWED"), "/admin/ kept out by robots.txt");
        assertTrue(first.counters().newClues() >= 60, "clues " + first.counters().newClues());
        assertTrue(first.openClues().get(Category.UNAPPROVED_AD) >= 10);
    }

    @Test
    void rescanOfUnchangedPagesMakesNoNewClueAndJudgesNothingAgain() throws Exception {
        assertEquals(0, second.counters().newClues());
        assertEquals(second.counters().fetched(), second.counters().unchanged(), "every page unchanged");
        assertEquals(0, second.counters().judged());
        assertEquals(first.openClues(), second.openClues());
        try (Store store = Store.open(dir.resolve("data"))) {
            List<ClueRow> rows = store.clues().sheet(ClueFilter.all());
            long distinct = rows.stream().map(r -> r.url() + "|" + r.category()).distinct().count();
            assertEquals(rows.size(), distinct, "one clue per page and category");
            java.util.Map<Category, Long> openByCategory = new java.util.EnumMap<>(Category.class);
            rows.stream().filter(r -> r.status().isOpen()).forEach(r -> openByCategory.merge(r.category(), 1L, Long::sum));
            assertEquals(openByCategory, second.openClues(), "the summary's counts are the sheet's open clues");
        }
    }

    @Test
    void everyCitedEvidenceRecordExistsAndMatchesItsDigest() throws Exception {
        EvidenceReader reader = new EvidenceReader(dir.resolve("data").resolve("warc"));
        try (Store store = Store.open(dir.resolve("data"))) {
            for (var ref : store.pages().citedEvidence()) {
                var stored = reader.find(ref);
                assertTrue(ref.offset().isPresent(), "the record's offset is kept: " + ref);
                assertTrue(stored.isPresent(), "cited " + ref);
                assertTrue(stored.get().digestMatches(), "digest of " + ref);
            }
        }
        assertEquals(List.of(), new EvidenceVerifier().verify(dir.resolve("data").resolve("warc")).problems());
    }

    @Test
    void indexHoldsEachPageOnceAndFindsClaims() throws Exception {
        try (PageIndex index = PageIndex.open(dir.resolve("data").resolve("index"))) {
            assertEquals(34, index.size(), "re-scan updates documents, never duplicates them");
            var results = index.search("告别", 10);
            assertTrue(results.totalHits() > 0);
            assertTrue(results.hits().get(0).highlights().stream().anyMatch(h -> h.contains("【")));
        }
    }

    @Test
    void clueSheetHasTheSixteenColumnsAndARowPerClue() throws Exception {
        Path csv = dir.resolve("clues.csv");
        try (Store store = Store.open(dir.resolve("data"))) {
            List<ClueRow> rows = store.clues().sheet(ClueFilter.all());
            ClueSheetCsv.write(rows, csv);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("\uFEFF线索编号,发现时间,网站或公众号,网址,主体名称,联系电话,ICP备案号,属地,违法类型,类别代码,违法内容摘录,法律依据,审查证明文号,证据记录,证据SHA-256,状态"),
                    lines.get(0));
            assertFalse(rows.isEmpty());
        }
    }
}
