package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.PageRemoval;
import org.medadwatch.clue.RemovalReason;
import org.medadwatch.detect.Category;
import org.medadwatch.store.PageState;
import org.medadwatch.store.Scan;
import org.medadwatch.store.ScanStatus;
import org.medadwatch.store.Store;
import org.medadwatch.store.StoredPage;

/** A page stored by one scan that the next finds gone (404, its site unreachable), and one that only failed (503). */
class RemovedPageIT {
    @TempDir
    Path dir;

    @Test
    void aPageAnswering404IsRecordedRemovedAndItsDispatchedClueMayBeRectified() throws Exception {
        try (ScriptedSite site = new ScriptedSite()) {
            site.page("/", RescanFixture.HOME).page("/a.html", RescanFixture.AD_PAGE).page("/b.html", RescanFixture.AD_PAGE);
            RescanFixture f = new RescanFixture(dir, site);
            f.scan();
            String a = site.url("/a.html");
            String cure;
            try (Store store = Store.open(f.data.root())) {
                cure = clue(store, a, Category.CURE_GUARANTEE).number();
                // under re-check: confirmed and sent to the bureau
                store.clues().changeStatus(cure, ClueStatus.CONFIRMED, "ana", "");
                store.clues().changeStatus(cure, ClueStatus.DISPATCHED, "sup", "");
                assertThrows(IllegalStateException.class,
                        () -> store.clues().changeStatus(cure, ClueStatus.RECTIFIED, "sup", "回头看"),
                        "the page still shows it");
            }

            site.status("/a.html", 404);
            ScanSummary second = f.scan();

            assertEquals(1, second.counters().removed());
            assertEquals(3, second.counters().cluesGone(), "every clue of a.html: cure, army name, no approval");
            assertEquals(1L, second.counters().failures().get("NOT_FOUND"));
            try (Store store = Store.open(f.data.root())) {
                StoredPage page = store.pages().find(a).orElseThrow();
                assertEquals(PageState.REMOVED, page.state());
                PageRemoval removal = page.removal().orElseThrow();
                assertEquals(RemovalReason.HTTP_404, removal.reason());
                assertEquals(second.scanId(), removal.scanId());
                assertEquals(PageState.LIVE, store.pages().find(site.url("/b.html")).orElseThrow().state());
                assertEquals(1, store.scans().expect(second.scanId()).pagesRemoved());
                Clue gone = store.clues().expect(cure);
                assertEquals(Optional.of(second.scanId()), gone.goneScan());
                assertEquals(ClueStatus.DISPATCHED, gone.status(), "not closed: the analyst decides");
                List<ClueEvent> events = store.clues().events(cure);
                assertEquals("页面已删除（404），scan " + second.scanId(), events.get(events.size() - 1).detail());
                assertFalse(store.pages().revisitHints().containsKey(a), "a removed page is asked for in full");

                assertEquals(ClueStatus.RECTIFIED, store.clues().changeStatus(cure, ClueStatus.RECTIFIED, "sup", "回头看：页面已删除").status());
            }

            ScanSummary third = f.scan();
            assertEquals(0, third.counters().removed(), "still 404: recorded once, when first found");

            site.page("/a.html", RescanFixture.AD_PAGE);
            ScanSummary fourth = f.scan();
            assertEquals(1, fourth.counters().judged(), "the page is back with its old content: judged, not skipped");
            try (Store store = Store.open(f.data.root())) {
                assertEquals(PageState.LIVE, store.pages().find(a).orElseThrow().state());
                assertEquals(ClueStatus.RELAPSED, store.clues().expect(cure).status());
                Clue relapse = clue(store, a, Category.CURE_GUARANTEE);
                assertEquals(Optional.of(store.clues().expect(cure).id()), relapse.relapseOf());
            }
        }
    }

    @Test
    void aPageAnswering503IsNotRemoved() throws Exception {
        try (ScriptedSite site = new ScriptedSite()) {
            site.page("/", RescanFixture.HOME).page("/a.html", RescanFixture.AD_PAGE).page("/b.html", RescanFixture.AD_PAGE);
            RescanFixture f = new RescanFixture(dir, site);
            f.scan();
            String a = site.url("/a.html");

            site.status("/a.html", 503);
            ScanSummary second = f.scan();

            assertEquals(1L, second.counters().failures().get("SERVER_ERROR"));
            assertEquals(0, second.counters().removed());
            assertEquals(0, second.counters().cluesGone());
            try (Store store = Store.open(f.data.root())) {
                assertEquals(Optional.empty(), store.pages().find(a).orElseThrow().removal());
                assertEquals(0, store.scans().expect(second.scanId()).pagesRemoved());
                assertTrue(store.clues().ofPage(a).stream().noneMatch(Clue::isGone));
            }
        }
    }

    @Test
    void aSiteRefusingConnectionsHasEveryPageRecordedRemovedWhenAnotherSiteAnswered() throws Exception {
        RescanFixture f;
        List<String> urls;
        try (ScriptedSite other = new ScriptedSite()) {
            other.page("/", RescanFixture.HOME).page("/a.html", RescanFixture.AD_PAGE);
            try (ScriptedSite site = new ScriptedSite()) {
                site.page("/", RescanFixture.HOME).page("/a.html", RescanFixture.AD_PAGE).page("/b.html", RescanFixture.AD_PAGE);
                f = new RescanFixture(dir, site, other);
                f.scan();
                urls = List.of(site.url("/"), site.url("/a.html"), site.url("/b.html"));
            }
            // the first server is gone: its port on 127.0.0.1 refuses connections; the other answers

            ScanSummary second = f.scan();

            assertFalse(second.failed(), "the other site answered");
            assertEquals(1L, second.counters().failures().get("HOST_UNREACHABLE"));
            assertEquals(3, second.counters().removed());
            try (Store store = Store.open(f.data.root())) {
                for (String url : urls) {
                    assertEquals(RemovalReason.SITE_UNREACHABLE,
                            store.pages().find(url).orElseThrow().removal().orElseThrow().reason(), url);
                }
                assertTrue(store.clues().ofPage(urls.get(1)).stream().allMatch(Clue::isGone));
                assertEquals(PageState.LIVE, store.pages().find(other.url("/a.html")).orElseThrow().state());
                assertEquals(ScanStatus.FINISHED, store.scans().expect(second.scanId()).status());
            }
        }
    }

    @Test
    void aScanInWhichNothingAnsweredFailsAndRemovesNothing() throws Exception {
        RescanFixture f;
        List<String> urls;
        try (ScriptedSite site = new ScriptedSite()) {
            site.page("/", RescanFixture.HOME).page("/a.html", RescanFixture.AD_PAGE).page("/b.html", RescanFixture.AD_PAGE);
            f = new RescanFixture(dir, site);
            f.scan();
            urls = List.of(site.url("/"), site.url("/a.html"), site.url("/b.html"));
        }
        // the only seed's port refuses connections: as when this machine's network is down

        ScanSummary second = f.scan();

        assertEquals(Optional.of("所有抓取均失败（1 个地址）"), second.failure());
        assertEquals(1L, second.counters().failures().get("HOST_UNREACHABLE"));
        assertEquals(0, second.counters().removed());
        assertEquals(0, second.counters().cluesGone());
        try (Store store = Store.open(f.data.root())) {
            Scan failed = store.scans().expect(second.scanId());
            assertEquals(ScanStatus.FAILED, failed.status());
            assertEquals(Optional.of("所有抓取均失败（1 个地址）"), failed.failure());
            assertEquals(0, failed.pagesRemoved());
            for (String url : urls) {
                assertEquals(PageState.LIVE, store.pages().find(url).orElseThrow().state(), url);
            }
            assertTrue(store.clues().ofPage(urls.get(1)).stream().noneMatch(Clue::isGone));
            assertEquals(second.scanId() - 1, store.scans().findLastFinished().orElseThrow().id(), "the first scan");
        }
    }

    private static Clue clue(Store store, String url, Category category) {
        return store.clues().ofPage(url).stream().filter(c -> c.category() == category && c.status().isOpen())
                .findFirst().orElseThrow();
    }
}
