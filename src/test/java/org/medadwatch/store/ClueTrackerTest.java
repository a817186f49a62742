package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medadwatch.detect.Category.ABSOLUTE_TERM;
import static org.medadwatch.detect.Category.CURE_GUARANTEE;
import static org.medadwatch.detect.Category.UNAPPROVED_AD;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.clue.PageObservation;
import org.medadwatch.page.PageFacts;

class ClueTrackerTest {
    private static final String A = "http://nanke.example/a.html";
    private static final String B = "http://nanke.example/b.html";
    private static final Instant T1 = Observations.T0.plus(Duration.ofDays(1));
    private static final Instant T2 = Observations.T0.plus(Duration.ofDays(2));

    @TempDir
    Path dir;
    Store store;
    ClueTracker tracker;
    long scan1;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.fixed(Instant.parse("2026-03-05T08:00:00Z"), ZoneOffset.UTC));
        tracker = store.tracker();
        scan1 = store.scans().start("seeds.csv");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Observations cured(String url) {
        return Observations.page(url).scan(scan1).finding(CURE_GUARANTEE, "cure-001", "一次根治")
                .finding(CURE_GUARANTEE, "cure-002", "永不复发");
    }

    @Test
    void overlappingEvidenceOfTwoRulesIsExcerptedOnce() {
        tracker.record(Observations.page(A).scan(scan1).finding(CURE_GUARANTEE, "cure-001", "余女士（化名）")
                .finding(CURE_GUARANTEE, "cure-002", "女士（化名").finding(CURE_GUARANTEE, "cure-003", "永不复发").build());
        assertEquals("余女士（化名）；永不复发", store.clues().expect("XS-2026-000001").excerpt());
    }

    @Test
    void firstSightingMakesANewNumberedClueWithACreatedEvent() {
        RecordOutcome out = tracker.record(cured(A).build());

        assertEquals(List.of("XS-2026-000001"), out.cluesNew());
        assertEquals(2, out.findingsNew());
        Clue clue = store.clues().expect("XS-2026-000001");
        assertEquals(ClueStatus.NEW, clue.status());
        assertEquals(CURE_GUARANTEE, clue.category());
        assertEquals(A, clue.pageUrl());
        assertEquals("一次根治；永不复发", clue.excerpt());
        assertEquals("广告法 §16(1)(一); 医广办法 §7(二)", clue.basis());
        assertEquals(Observations.T0, clue.firstSeen());
        assertEquals(new Jurisdiction(Optional.of("330000"), "浙江省", Jurisdiction.Source.ICP), clue.jurisdiction());
        List<ClueEvent> events = store.clues().events(clue.number());
        assertEquals(1, events.size());
        assertEquals(new ClueEvent(clue.number(), Observations.T0, "system", "created", "规则 cure-001、cure-002"),
                events.get(0));
    }

    @Test
    void recordingTheSameObservationTwiceChangesNothing() throws SQLException {
        PageObservation obs = cured(A).finding(UNAPPROVED_AD, "approvals", "").build();
        tracker.record(obs);
        List<String> before = snapshot();

        RecordOutcome again = tracker.record(obs);

        assertEquals(before, snapshot());
        assertEquals(List.of(), again.cluesNew());
        assertEquals(0, again.findingsNew());
        assertEquals(3, again.findingsSeen());
    }

    @Test
    void findingSeenAgainOnALaterScanUpdatesLastSeenAndMakesNoNewClue() {
        tracker.record(cured(A).build());
        long scan2 = store.scans().start("seeds.csv");
        // the page changed elsewhere, and prints the same words with other white space
        RecordOutcome out = tracker.record(Observations.page(A).scan(scan2).at(T1)
                .text("新版页面：一次 根治，永不复发").finding(CURE_GUARANTEE, "cure-001", "一次 根治")
                .finding(CURE_GUARANTEE, "cure-002", "永不复发").build());

        assertTrue(out.contentChanged());
        assertEquals(List.of(), out.cluesNew());
        assertEquals(2, out.findingsSeen());
        assertEquals(1, store.clues().count());
        Clue clue = store.clues().expect("XS-2026-000001");
        assertEquals(Observations.T0, clue.firstSeen());
        assertEquals(T1, clue.lastSeen());
        assertEquals(scan2, clue.lastScan());
        assertEquals(1, store.clues().events(clue.number()).size(), "seen again is no event");
        List<StoredFinding> findings = store.pages().findings(A);
        assertEquals(2, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.firstSeenScan() == scan1 && f.lastSeenScan() == scan2));
    }

    @Test
    void findingGoneFromAChangedPageIsMarkedGoneAndTheClueGetsAGoneEvent() {
        tracker.record(cured(A).finding(ABSOLUTE_TERM, "abs-001", "本院").build());
        long scan2 = store.scans().start("seeds.csv");

        // one CURE_GUARANTEE finding goes: the clue stays; ABSOLUTE_TERM goes entirely
        RecordOutcome out = tracker.record(Observations.page(A).scan(scan2).at(T1).text("一次根治")
                .finding(CURE_GUARANTEE, "cure-001", "一次根治").build());

        assertEquals(2, out.findingsGone());
        assertEquals(List.of("XS-2026-000002"), out.cluesGone());
        StoredFinding gone = store.pages().findings(A).stream().filter(f -> f.ruleId().equals("cure-002")).findFirst().orElseThrow();
        assertEquals(Optional.of(scan2), gone.goneScan());
        Clue cure = store.clues().expect("XS-2026-000001");
        assertFalse(cure.isGone());
        assertEquals("一次根治", cure.excerpt());
        Clue absolute = store.clues().expect("XS-2026-000002");
        assertEquals(Optional.of(scan2), absolute.goneScan());
        assertEquals(ClueStatus.NEW, absolute.status(), "the status stays for the analyst");
        assertEquals(List.of("created", "gone"), actions(absolute.number()));

        // and when it comes back, the same clue says so
        long scan3 = store.scans().start("seeds.csv");
        tracker.record(Observations.page(A).scan(scan3).at(T2).finding(ABSOLUTE_TERM, "abs-001", "本院").build());
        assertEquals(List.of("created", "gone", "reappeared"), actions(absolute.number()));
        assertFalse(store.clues().expect(absolute.number()).isGone());
        assertEquals(2, store.clues().count());
    }

    @Test
    void newCategoryOnAPageMakesANewClue() {
        tracker.record(cured(A).build());
        long scan2 = store.scans().start("seeds.csv");
        RecordOutcome out = tracker.record(cured(A).scan(scan2).at(T1).finding(UNAPPROVED_AD, "approvals", "").build());

        assertEquals(List.of("XS-2026-000002"), out.cluesNew());
        Clue unapproved = store.clues().expect("XS-2026-000002");
        assertEquals(UNAPPROVED_AD, unapproved.category());
        assertEquals("未标明医疗广告审查证明文号", unapproved.excerpt(), "an absence is excerpted by its note");
    }

    @Test
    void samecategoryOnTwoPagesMakesTwoClues() {
        tracker.record(cured(A).build());
        tracker.record(cured(B).build());
        assertEquals(1, store.clues().ofPage(A).size());
        assertEquals(1, store.clues().ofPage(B).size());
        assertEquals(2, store.clues().count());
    }

    @Test
    void unchangedPageKeepsItsFindingsSeenWithoutBeingJudged() {
        tracker.record(cured(A).build());
        PageObservation first = cured(A).build();
        StoredPage stored = store.pages().find(A).orElseThrow();
        assertTrue(stored.judgedAlready(first.contentSha256(), "rules-v1"));
        assertFalse(stored.judgedAlready(Observations.sha256("other"), "rules-v1"));
        assertFalse(stored.judgedAlready(first.contentSha256(), "rules-v2"), "other rules judge it again");
        RevisitHint hint = store.pages().revisitHints().get(A);
        assertEquals(first.etag(), hint.etag());
        assertEquals(first.lastModified(), hint.lastModified());

        long scan2 = store.scans().start("seeds.csv");
        assertTrue(tracker.recordUnchanged(scan2, A, T1));
        assertTrue(tracker.recordUnchanged(scan2, A, T1), "idempotent");

        Clue clue = store.clues().expect("XS-2026-000001");
        assertEquals(T1, clue.lastSeen());
        assertEquals(scan2, clue.lastScan());
        assertTrue(store.pages().findings(A).stream().allMatch(f -> f.lastSeenScan() == scan2 && !f.isGone()));
        StoredPage page = store.pages().find(A).orElseThrow();
        assertEquals(T1, page.lastFetched());
        assertEquals(Observations.T0, page.lastChanged());
        assertEquals(scan1, page.lastJudgedScan());
        assertFalse(tracker.recordUnchanged(scan2, B, T1), "an unknown page is not unchanged");

        Scan done = store.scans().finish(scan2, ScanStatus.FINISHED);
        assertEquals(1, done.pagesRecorded());
        assertEquals(1, done.pagesUnchanged());
        assertEquals(0, done.pagesJudged());
    }

    @Test
    void olderObservationThanTheStoredCaptureIsIgnored() throws SQLException {
        tracker.record(cured(A).at(T1).build());
        List<String> before = snapshot();
        RecordOutcome out = tracker.record(Observations.page(A).scan(scan1).at(Observations.T0).text("旧").build());
        assertTrue(out.stale());
        assertEquals(before, snapshot());
    }

    @Test
    void rectifiedNeedsTheFindingsGoneAndARelapseMakesALinkedNewClue() {
        tracker.record(cured(A).build());
        String n = "XS-2026-000001";
        store.clues().changeStatus(n, ClueStatus.CONFIRMED, "analyst1", "");
        store.clues().changeStatus(n, ClueStatus.DISPATCHED, "analyst1", "批次 2026-03");
        store.clues().changeStatus(n, ClueStatus.FEEDBACK, "analyst2", "责令整改");
        IllegalStateException still = assertThrows(IllegalStateException.class,
                () -> tracker.markRectified(n, "analyst2", "回头看"));
        assertTrue(still.getMessage().contains("still shows it"), still.getMessage());

        long scan2 = store.scans().start("seeds.csv");
        tracker.record(Observations.page(A).scan(scan2).at(T1).text("已整改").build());
        Clue rectified = tracker.markRectified(n, "analyst2", "回头看: 已删除");
        assertEquals(ClueStatus.RECTIFIED, rectified.status());

        long scan3 = store.scans().start("seeds.csv");
        RecordOutcome out = tracker.record(cured(A).scan(scan3).at(T2).build());

        assertEquals(List.of("XS-2026-000002"), out.cluesNew());
        assertEquals(ClueStatus.RELAPSED, store.clues().expect(n).status());
        Clue relapse = store.clues().expect("XS-2026-000002");
        assertEquals(ClueStatus.NEW, relapse.status());
        assertEquals(Optional.of(rectified.id()), relapse.relapseOf());
        assertEquals(List.of("created", "CONFIRMED", "DISPATCHED", "FEEDBACK", "gone", "RECTIFIED", "RELAPSED"),
                actions(n));
        assertEquals("analyst2", store.clues().events(n).get(5).actor());
        assertEquals(2, store.pages().findings(A).stream().filter(f -> !f.isGone()).count());
    }

    @Test
    void lifecycleRefusesAMoveItDoesNotAllow() {
        tracker.record(cured(A).build());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.clues().changeStatus("XS-2026-000001", ClueStatus.DISPATCHED, "analyst1", ""));
        assertTrue(e.getMessage().contains("NEW and cannot become DISPATCHED"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> store.clues().changeStatus("XS-2026-999999", ClueStatus.CONFIRMED, "analyst1", ""));
    }

    @Test
    void resumeFindsTheRunningScanAndThePagesItStored() {
        tracker.record(cured(A).build());
        assertEquals(scan1, store.scans().findRunning().orElseThrow().id());
        assertEquals(java.util.Set.of(A), store.pages().urlsRecordedIn(scan1));
        Scan done = store.scans().finish(scan1, ScanStatus.FINISHED);
        assertEquals(1, done.pagesJudged());
        assertEquals(2, done.findingsNew());
        assertEquals(1, done.cluesNew());
        assertEquals(Optional.empty(), store.scans().findRunning());
    }

    @Test
    void jurisdictionFollowsSeedThenIcpThenPhone() {
        tracker.record(cured(A).site(new org.medadwatch.clue.Site("s", java.net.URI.create("http://s.example/"),
                org.medadwatch.crawl.Seed.Kind.SITE, "330106")).build());
        tracker.record(cured(B).facts(new PageFacts(Optional.empty(), List.of("13912345678", "(020)83827812"),
                List.of(), Optional.empty())).build());
        assertEquals(Jurisdiction.Source.SEED, store.clues().ofPage(A).get(0).jurisdiction().source());
        Jurisdiction phone = store.clues().ofPage(B).get(0).jurisdiction();
        assertEquals(new Jurisdiction(Optional.of("440100"), "广东省广州市", Jurisdiction.Source.PHONE), phone);
    }

    private List<String> actions(String number) {
        return store.clues().events(number).stream().map(ClueEvent::action).toList();
    }

    /** Every row of every table, as text. */
    private List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement st = c.createStatement()) {
            for (String table : List.of("scans", "sites", "pages", "clues", "findings", "clue_events")) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder(table);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append('|').append(rs.getString(i));
                        }
                        rows.add(sb.toString());
                    }
                }
            }
        }
        return rows;
    }
}
