package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;
import org.medadwatch.store.Scan;
import org.medadwatch.store.Store;
import org.medadwatch.store.StoredPage;

/**
 * Unchanged pages are judged again when the rule files change: a page served with an ETag (so the
 * re-scan gets 304 and re-judges from the kept evidence) and one without (same content hash).
 */
class RescanUnderChangedRulesIT {
    @TempDir
    Path dir;

    @Test
    void aRuleAddedBetweenScansMakesANewClueOnUnchangedPages() throws Exception {
        try (ScriptedSite site = new ScriptedSite()) {
            site.page("/", RescanFixture.HOME).pageWithEtag("/a.html", RescanFixture.AD_PAGE, "\"a-1\"")
                    .page("/b.html", RescanFixture.AD_PAGE);
            RescanFixture f = new RescanFixture(dir, site);
            f.removeMilitaryRules();
            ScanSummary first = f.scan();
            assertEquals(3, first.counters().judged());
            StoredPage aBefore;
            try (Store store = Store.open(f.data.root())) {
                assertEquals(List.of(), categories(store, site.url("/a.html"), Category.MILITARY_NAME));
                aBefore = store.pages().find(site.url("/a.html")).orElseThrow();
                assertTrue(aBefore.evidence().offset().isPresent(), "the 304 below reads its evidence at this offset");
            }

            f.addMilitaryRules();
            ScanSummary second = f.scan();

            assertEquals(1, site.notModifiedSent.get(), "a.html was not fetched again: 304");
            assertEquals(3, second.counters().rejudged(), "home, a.html (from its evidence), b.html (same hash)");
            assertEquals(0, second.counters().judged());
            assertEquals(0, second.counters().unchanged());
            assertEquals(2, second.counters().newClues(), "one MILITARY_NAME clue on each ad page");
            try (Store store = Store.open(f.data.root())) {
                for (String page : List.of("/a.html", "/b.html")) {
                    List<Clue> military = categories(store, site.url(page), Category.MILITARY_NAME);
                    assertEquals(1, military.size(), page);
                    assertEquals(ClueStatus.NEW, military.get(0).status());
                    assertEquals(second.scanId(), military.get(0).firstScan());
                    assertEquals(1, categories(store, site.url(page), Category.CURE_GUARANTEE).size(),
                            "the old clue is updated, never duplicated");
                }
                StoredPage aAfter = store.pages().find(site.url("/a.html")).orElseThrow();
                assertEquals(aBefore.contentSha256(), aAfter.contentSha256());
                assertEquals(aBefore.lastChanged(), aAfter.lastChanged(), "the page did not change");
                assertEquals(aBefore.evidence(), aAfter.evidence(), "the kept capture is still its evidence");
                assertEquals(second.scanId(), aAfter.lastJudgedScan());
                assertFalse(aBefore.rulesFingerprint().equals(aAfter.rulesFingerprint()));
                Scan stored = store.scans().expect(second.scanId());
                assertEquals(3, stored.pagesRejudged());
                assertEquals(0, stored.pagesUnchanged());
            }

            ScanSummary third = f.scan();
            assertEquals(0, third.counters().rejudged(), "same rules, nothing judged again");
            assertEquals(3, third.counters().unchanged());
        }
    }

    @Test
    void aRuleRemovedBetweenScansTakesItsFindingAwayAsAChangedPageWould() throws Exception {
        try (ScriptedSite site = new ScriptedSite()) {
            site.page("/", RescanFixture.HOME).pageWithEtag("/a.html", RescanFixture.AD_PAGE, "\"a-1\"")
                    .page("/b.html", RescanFixture.AD_PAGE);
            RescanFixture f = new RescanFixture(dir, site);
            f.scan();
            String a = site.url("/a.html");
            String militaryClue;
            try (Store store = Store.open(f.data.root())) {
                militaryClue = categories(store, a, Category.MILITARY_NAME).get(0).number();
            }

            f.removeMilitaryRules();
            ScanSummary second = f.scan();

            assertEquals(3, second.counters().rejudged());
            assertEquals(2, second.counters().cluesGone(), "the MILITARY_NAME clue of each ad page");
            assertEquals(0, second.counters().newClues());
            try (Store store = Store.open(f.data.root())) {
                Clue clue = store.clues().expect(militaryClue);
                assertEquals(Optional.of(second.scanId()), clue.goneScan(), "gone, as a finding a changed page dropped");
                assertEquals(ClueStatus.NEW, clue.status(), "nothing is closed for the analyst");
                ClueEvent last = store.clues().events(militaryClue).get(store.clues().events(militaryClue).size() - 1);
                assertEquals("gone", last.action());
                assertTrue(store.pages().findings(a).stream()
                        .filter(x -> x.category() == Category.MILITARY_NAME).allMatch(x -> x.isGone()));
                Clue cure = categories(store, a, Category.CURE_GUARANTEE).get(0);
                assertFalse(cure.isGone(), "the rules still kept find the cure guarantee");
                assertEquals(second.scanId(), cure.lastScan());
            }
        }
    }

    private static List<Clue> categories(Store store, String url, Category category) {
        return store.clues().ofPage(url).stream().filter(c -> c.category() == category).toList();
    }
}
