package org.medadwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.detect.Category;
import org.medadwatch.store.PageState;
import org.medadwatch.store.Store;

/** 回头看 on a page its site no longer links to: a followed-up clue's page is fetched on every scan. */
class RecheckUnlinkedPageIT {
    private static final String HOME_WITHOUT_A = """
            <html><head><meta charset="utf-8"><title>杭州某某男科医院</title></head><body>
            <a href="/b.html">阳痿早泄</a></body></html>""";
    private static final String A_RECTIFIED = """
            <html><head><meta charset="utf-8"><title>杭州某某男科医院-前列腺炎</title></head><body>
            <p>前列腺炎请到正规医院泌尿外科就诊。</p></body></html>""";

    @TempDir
    Path dir;

    @Test
    void aDispatchedCluesPageIsRecheckedAfterItsLinkIsGone() throws Exception {
        try (ScriptedSite site = new ScriptedSite()) {
            site.page("/", RescanFixture.HOME).page("/a.html", RescanFixture.AD_PAGE).page("/b.html", RescanFixture.AD_PAGE);
            RescanFixture f = new RescanFixture(dir, site);
            f.scan();
            String a = site.url("/a.html");
            String cure;
            try (Store store = Store.open(f.data.root())) {
                cure = store.clues().ofPage(a).stream().filter(c -> c.category() == Category.CURE_GUARANTEE)
                        .findFirst().orElseThrow().number();
                store.clues().changeStatus(cure, ClueStatus.CONFIRMED, "ana", "");
                store.clues().changeStatus(cure, ClueStatus.DISPATCHED, "sup", "");
            }

            // the site hides the page: no link to it any more, and its text is cleaned up
            site.page("/", HOME_WITHOUT_A).page("/a.html", A_RECTIFIED);
            ScanSummary second = f.scan();

            try (Store store = Store.open(f.data.root())) {
                assertEquals(second.scanId(), store.pages().find(a).orElseThrow().lastScan(), "fetched though unlinked");
                assertTrue(store.clues().expect(cure).goneScan().isPresent(), "the cure promise is gone from the page");
                assertEquals(ClueStatus.RECTIFIED,
                        store.clues().changeStatus(cure, ClueStatus.RECTIFIED, "sup", "回头看：页面已整改").status());
            }

            // rectified pages stay under watch: the page is deleted next, and that is recorded too
            site.status("/a.html", 404);
            ScanSummary third = f.scan();
            assertEquals(1, third.counters().removed());
            try (Store store = Store.open(f.data.root())) {
                assertEquals(PageState.REMOVED, store.pages().find(a).orElseThrow().state());
            }
        }
    }

    @Test
    void aNewCluesPageIsNotFetchedOnceUnlinked() throws Exception {
        try (ScriptedSite site = new ScriptedSite()) {
            site.page("/", RescanFixture.HOME).page("/a.html", RescanFixture.AD_PAGE).page("/b.html", RescanFixture.AD_PAGE);
            RescanFixture f = new RescanFixture(dir, site);
            long first = f.scan().scanId();
            site.page("/", HOME_WITHOUT_A);
            f.scan();
            try (Store store = Store.open(f.data.root())) {
                assertEquals(first, store.pages().find(site.url("/a.html")).orElseThrow().lastScan(),
                        "only clues under follow-up are re-checked off the crawl");
            }
        }
    }
}
