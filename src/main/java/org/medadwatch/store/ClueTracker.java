package org.medadwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.clue.JurisdictionResolver;
import org.medadwatch.clue.PageObservation;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Finding;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.WeChatArticle;

/**
 * Turns judged pages into clues, across scans, without ever making a duplicate.
 *
 * <p>{@link #record(PageObservation)} runs in one transaction: the page is upserted by URL; each
 * finding is matched to the open clue of its page and category (made if there is none, as
 * {@code NEW} with a number and a {@code created} event) and, within it, to a stored finding by
 * rule id and normalised evidence (updated if found, else inserted); the page's open findings not
 * seen this time are marked gone, and a clue whose findings are all gone gets a {@code gone}
 * event. Unique keys back every match: {@code pages.url}, {@code clues (page_id, category)} for
 * open clues, {@code findings (clue_id, rule_id, evidence_key)}.
 *
 * <p>Recording the same observation twice changes nothing the second time: times and scans only
 * move forward ({@code max}), events are written only on a change of state, and system events are
 * stamped with the fetch time, not the clock. An observation older than the stored capture is
 * ignored ({@link RecordOutcome#stale()}).
 *
 * <p>A clue's jurisdiction is decided once, when the clue is made; later scans never change it.
 * An analyst's choice ({@code MANUAL}) also goes to the page's new clues instead of the seed's.
 */
public final class ClueTracker {
    static final ZoneId NUMBERING_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int EXCERPT_MAX = 500;

    private final Store store;
    private final JurisdictionResolver jurisdictions;

    ClueTracker(Store store, JurisdictionResolver jurisdictions) {
        this.store = store;
        this.jurisdictions = jurisdictions;
    }

    /** Records a fetched and judged page; see the class comment. */
    public RecordOutcome record(PageObservation obs) {
        return store.write(c -> new Recording(c, obs).run());
    }

    /**
     * Records that a scan fetched a known page and found it unchanged (HTTP 304, or the same
     * content hash), so it was not judged again: its open findings and their clues stay seen.
     *
     * @return false when the page is not known (it must be fetched and recorded in full)
     */
    public boolean recordUnchanged(long scanId, String url, Instant fetchedAt) {
        String at = Timestamps.format(fetchedAt);
        return store.write(c -> {
            Optional<Long> pageId = PageRepository.pageId(c, url);
            if (pageId.isEmpty()) {
                return false;
            }
            long id = pageId.get();
            update(c, "UPDATE pages SET last_fetched = max(last_fetched, ?), last_scan = max(last_scan, ?) WHERE id = ?",
                    at, scanId, id);
            update(c, """
                    UPDATE clues SET last_seen = max(last_seen, ?), last_scan = max(last_scan, ?)
                    WHERE id IN (SELECT clue_id FROM findings WHERE page_id = ? AND gone_scan IS NULL)""",
                    at, scanId, id);
            update(c, """
                    UPDATE findings SET last_seen = max(last_seen, ?), last_seen_scan = max(last_seen_scan, ?)
                    WHERE page_id = ? AND gone_scan IS NULL""", at, scanId, id);
            return true;
        });
    }

    /**
     * A re-check (回头看) found the page no longer violates: the clue becomes {@code RECTIFIED}.
     * Its findings must all be gone, as a later scan records them.
     */
    public Clue markRectified(String clueNumber, String actor, String detail) {
        return store.clues().changeStatus(clueNumber, ClueStatus.RECTIFIED, actor, detail);
    }

    /** The form of evidence two scans must share to be the same finding. */
    static String evidenceKey(String evidence) {
        return Normalizer.normalize(evidence, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    /** What the store held for a page before this capture. */
    private record PriorCapture(String contentSha256, String lastFetched, String rulesFingerprint, boolean live) {
    }

    /** The state of one record() call. */
    private final class Recording {
        private final Connection c;
        private final PageObservation o;
        private final String at;
        private final List<String> cluesNew = new ArrayList<>();
        private final List<String> cluesGone = new ArrayList<>();
        private int findingsNew;
        private int findingsSeen;
        private int findingsGone;

        Recording(Connection c, PageObservation o) {
            this.c = c;
            this.o = o;
            this.at = Timestamps.format(o.fetchedAt());
        }

        RecordOutcome run() throws SQLException {
            String url = o.url().toString();
            Optional<PriorCapture> prior = priorCapture(url);
            if (prior.isPresent() && prior.get().lastFetched().compareTo(at) > 0) {
                return RecordOutcome.staleFor(url);
            }
            boolean changed = prior.isEmpty() || !prior.get().contentSha256().equals(o.contentSha256());
            boolean rejudged = prior.isPresent() && !changed && prior.get().live()
                    && !prior.get().rulesFingerprint().equals(o.rulesFingerprint());
            long pageId = upsertPage(upsertSite());
            if (rejudged) {
                update(c, "UPDATE pages SET rejudged_scan = max(coalesce(rejudged_scan, 0), ?) WHERE id = ?",
                        o.scanId(), pageId);
            }

            Set<Long> seenFindings = new HashSet<>();
            Set<Long> touchedClues = new LinkedHashSet<>();
            for (Map.Entry<Category, Map<String, Finding>> group : grouped().entrySet()) {
                long clueId = clueFor(pageId, group.getKey(), group.getValue().values());
                touchedClues.add(clueId);
                for (Map.Entry<String, Finding> f : group.getValue().entrySet()) {
                    seenFindings.add(upsertFinding(pageId, clueId, f.getKey(), f.getValue()));
                }
            }
            markGone(pageId, seenFindings, touchedClues);
            for (long clueId : touchedClues) {
                refreshExcerpt(clueId);
            }
            return new RecordOutcome(url, false, changed, rejudged, findingsNew, findingsSeen, findingsGone, cluesNew,
                    cluesGone);
        }

        /** Findings by category, then by (rule id, evidence key); a repeat of the same key is one finding. */
        private Map<Category, Map<String, Finding>> grouped() {
            Map<Category, Map<String, Finding>> out = new LinkedHashMap<>();
            for (Finding f : o.verdict().findings()) {
                String key = f.ruleId() + "\u0000" + evidenceKey(f.evidence());
                out.computeIfAbsent(f.category(), k -> new LinkedHashMap<>()).putIfAbsent(key, f);
            }
            return out;
        }

        private Optional<PriorCapture> priorCapture(String url) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT content_sha256, last_fetched, rules_fingerprint, state FROM pages WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new PriorCapture(rs.getString(1), rs.getString(2), rs.getString(3),
                            PageState.LIVE.name().equals(rs.getString(4)))) : Optional.empty();
                }
            }
        }

        private long upsertSite() throws SQLException {
            String url = o.site().url().toString();
            update(c, """
                    INSERT INTO sites (url, name, kind, region) VALUES (?, ?, ?, ?)
                    ON CONFLICT (url) DO UPDATE SET name = excluded.name, kind = excluded.kind, region = excluded.region""",
                    url, o.site().name(), o.site().kind().name(), o.site().region());
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sites WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        private long upsertPage(long siteId) throws SQLException {
            ExtractedPage page = o.page();
            update(c, """
                    INSERT INTO pages (url, site_id, final_url, http_status, content_sha256, etag, last_modified,
                        first_seen, last_fetched, last_changed, first_scan, last_scan, last_judged_scan,
                        is_medical_ad, ad_kind, advertiser, phones, approval_no, icp, title, charset, wechat_account,
                        warc_file, warc_record_id, payload_digest, warc_offset, rules_fingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (url) DO UPDATE SET
                        site_id = excluded.site_id, final_url = excluded.final_url, http_status = excluded.http_status,
                        last_changed = CASE WHEN pages.content_sha256 = excluded.content_sha256
                                            THEN pages.last_changed ELSE excluded.last_changed END,
                        content_sha256 = excluded.content_sha256, etag = excluded.etag,
                        last_modified = excluded.last_modified, last_fetched = excluded.last_fetched,
                        last_scan = max(pages.last_scan, excluded.last_scan),
                        last_judged_scan = max(pages.last_judged_scan, excluded.last_judged_scan),
                        is_medical_ad = excluded.is_medical_ad, ad_kind = excluded.ad_kind,
                        advertiser = excluded.advertiser, phones = excluded.phones, approval_no = excluded.approval_no,
                        icp = excluded.icp, title = excluded.title, charset = excluded.charset,
                        wechat_account = excluded.wechat_account, warc_file = excluded.warc_file,
                        warc_record_id = excluded.warc_record_id, payload_digest = excluded.payload_digest,
                        warc_offset = excluded.warc_offset, rules_fingerprint = excluded.rules_fingerprint,
                        state = 'LIVE', removed_reason = NULL, removed_at = NULL, removed_scan = NULL""",
                    o.url().toString(), siteId, o.finalUrl().toString(), o.httpStatus(), o.contentSha256(),
                    o.etag().orElse(null), o.lastModified().orElse(null), at, at, at, o.scanId(), o.scanId(),
                    o.scanId(), o.verdict().isMedicalAd() ? 1 : 0, o.verdict().ad().kind().name(),
                    page.facts().advertiser().orElse(null), String.join("\n", page.facts().phones()),
                    String.join("\n", page.facts().approvalNumbers()), page.facts().icp().orElse(null),
                    page.title(), page.charset(), page.wechat().map(WeChatArticle::account).orElse(null),
                    o.evidence().warcFile(), o.evidence().recordId(), o.evidence().payloadDigest(),
                    warcOffset(o.evidence()), o.rulesFingerprint());
            return PageRepository.pageId(c, o.url().toString()).orElseThrow();
        }

        /** The open clue of the page and category, made if there is none. */
        private long clueFor(long pageId, Category category, Iterable<Finding> findings) throws SQLException {
            Long latestId = null;
            String latestNumber = null;
            ClueStatus latestStatus = null;
            Long goneScan = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, number, status, gone_scan FROM clues WHERE page_id = ? AND category = ? ORDER BY id DESC LIMIT 1")) {
                ps.setLong(1, pageId);
                ps.setString(2, category.name());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        latestId = rs.getLong(1);
                        latestNumber = rs.getString(2);
                        latestStatus = ClueStatus.valueOf(rs.getString(3));
                        goneScan = PageRepository.optionalLong(rs, "gone_scan").orElse(null);
                    }
                }
            }
            if (latestId != null && latestStatus.isOpen()) {
                update(c, """
                        UPDATE clues SET last_seen = max(last_seen, ?), last_scan = max(last_scan, ?), gone_scan = NULL,
                            warc_file = ?, warc_record_id = ?, payload_digest = ?, warc_offset = ?
                        WHERE id = ?""", at, o.scanId(), o.evidence().warcFile(), o.evidence().recordId(),
                        o.evidence().payloadDigest(), warcOffset(o.evidence()), latestId);
                if (goneScan != null) {
                    event(latestId, "reappeared", "扫描 #" + goneScan + " 时已消失，本次扫描再次出现");
                }
                return latestId;
            }
            Optional<Long> relapseOf = Optional.empty();
            if (latestId != null && latestStatus == ClueStatus.RECTIFIED) {
                relapseOf = Optional.of(latestId);
            }
            long id = insertClue(pageId, category, relapseOf);
            String number = numberOf(id);
            cluesNew.add(number);
            Set<String> rules = new LinkedHashSet<>();
            findings.forEach(f -> rules.add(f.ruleId()));
            String detail = "规则 " + String.join("、", rules)
                    + (relapseOf.isPresent() ? "；线索 " + latestNumber + " 整改后复发" : "");
            event(id, "created", detail);
            if (relapseOf.isPresent()) {
                update(c, "UPDATE clues SET status = 'RELAPSED', status_changed = ? WHERE id = ?", at, latestId);
                event(latestId, ClueStatus.RELAPSED.name(), "整改后再次违法，新线索 " + number);
            }
            return id;
        }

        private long insertClue(long pageId, Category category, Optional<Long> relapseOf) throws SQLException {
            int year = o.fetchedAt().atZone(NUMBERING_ZONE).getYear();
            int seq;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(number_seq), 0) + 1 FROM clues WHERE number_year = ?")) {
                ps.setInt(1, year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq = rs.getInt(1);
                }
            }
            String number = String.format(Locale.ROOT, "XS-%04d-%06d", year, seq);
            Jurisdiction j = manualJurisdiction(pageId).orElseGet(() -> jurisdictions.resolve(o.site().region(), o.page().facts()));
            update(c, """
                    INSERT INTO clues (number, number_year, number_seq, page_id, category, status, status_changed,
                        first_seen, last_seen, first_scan, last_scan, jurisdiction_code, jurisdiction_name,
                        jurisdiction_source, excerpt, basis, warc_file, warc_record_id, payload_digest, warc_offset,
                        relapse_of)
                    VALUES (?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?)""",
                    number, year, seq, pageId, category.name(), at, at, at, o.scanId(), o.scanId(),
                    j.code().orElse(null), j.name(), j.source().name(), o.evidence().warcFile(),
                    o.evidence().recordId(), o.evidence().payloadDigest(), warcOffset(o.evidence()), relapseOf.orElse(null));
            return ScanRepository.lastId(c);
        }

        /**
         * The jurisdiction an analyst last set by hand on a clue of this page: a person's decision
         * about who answers for the page outranks the seed's region, so a new clue (another
         * category, or a relapse) takes it too.
         */
        private Optional<Jurisdiction> manualJurisdiction(long pageId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT jurisdiction_code, jurisdiction_name FROM clues
                    WHERE page_id = ? AND jurisdiction_source = 'MANUAL' ORDER BY id DESC LIMIT 1""")) {
                ps.setLong(1, pageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Jurisdiction(Optional.of(rs.getString(1)), rs.getString(2),
                            Jurisdiction.Source.MANUAL)) : Optional.empty();
                }
            }
        }

        private long upsertFinding(long pageId, long clueId, String key, Finding f) throws SQLException {
            String evidenceKey = key.substring(key.indexOf('\u0000') + 1);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM findings WHERE clue_id = ? AND rule_id = ? AND evidence_key = ?")) {
                ps.setLong(1, clueId);
                ps.setString(2, f.ruleId());
                ps.setString(3, evidenceKey);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        update(c, """
                                UPDATE findings SET evidence = ?, start_offset = ?, end_offset = ?, basis = ?, level = ?,
                                    note = ?, last_seen = max(last_seen, ?), last_seen_scan = max(last_seen_scan, ?),
                                    gone_scan = NULL
                                WHERE id = ?""", f.evidence(), f.start(), f.end(), nonNull(f.legalBasis()),
                                f.level() == null ? null : f.level().name(), nonNull(f.note()), at, o.scanId(), id);
                        findingsSeen++;
                        return id;
                    }
                }
            }
            update(c, """
                    INSERT INTO findings (page_id, clue_id, category, rule_id, evidence, evidence_key, start_offset,
                        end_offset, basis, level, note, first_seen, last_seen, first_seen_scan, last_seen_scan)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    pageId, clueId, f.category().name(), f.ruleId(), f.evidence(), evidenceKey, f.start(), f.end(),
                    nonNull(f.legalBasis()), f.level() == null ? null : f.level().name(), nonNull(f.note()),
                    at, at, o.scanId(), o.scanId());
            findingsNew++;
            return ScanRepository.lastId(c);
        }

        /** Open findings of the page not seen now are gone; a clue left with none gets a 'gone' event. */
        private void markGone(long pageId, Set<Long> seen, Set<Long> touchedClues) throws SQLException {
            Map<Long, Long> goneToClue = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, clue_id FROM findings WHERE page_id = ? AND gone_scan IS NULL ORDER BY id")) {
                ps.setLong(1, pageId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!seen.contains(rs.getLong(1))) {
                            goneToClue.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
            }
            for (long findingId : goneToClue.keySet()) {
                update(c, "UPDATE findings SET gone_scan = ? WHERE id = ?", o.scanId(), findingId);
                findingsGone++;
            }
            for (long clueId : new LinkedHashSet<>(goneToClue.values())) {
                if (touchedClues.contains(clueId)) {
                    continue;  // some of its findings were seen now
                }
                update(c, "UPDATE clues SET gone_scan = ? WHERE id = ?", o.scanId(), clueId);
                event(clueId, "gone", "扫描 #" + o.scanId() + " 时页面已不再出现该内容");
                cluesGone.add(numberOf(clueId));
            }
        }

        /** The clue's excerpt and bases, from its findings the page shows. */
        private void refreshExcerpt(long clueId) throws SQLException {
            Set<String> excerpts = new LinkedHashSet<>();
            Set<String> bases = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT evidence, note, basis FROM findings WHERE clue_id = ? AND gone_scan IS NULL
                    ORDER BY first_seen_scan, start_offset, id""")) {
                ps.setLong(1, clueId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String evidence = rs.getString(1);
                        excerpts.add(evidence.isBlank() ? rs.getString(2) : evidence);
                        bases.add(rs.getString(3));
                    }
                }
            }
            excerpts.remove("");
            bases.remove("");
            String excerpt = String.join("；", withoutContained(excerpts));
            if (excerpt.length() > EXCERPT_MAX) {
                excerpt = excerpt.substring(0, EXCERPT_MAX - 1) + "…";
            }
            update(c, "UPDATE clues SET excerpt = ?, basis = ? WHERE id = ?", excerpt, String.join("；", bases), clueId);
        }

        /** Two rules quoting overlapping spans ("余女士（化名" and "女士（化名") show once: the longer. */
        private static List<String> withoutContained(Set<String> excerpts) {
            return excerpts.stream()
                    .filter(e -> excerpts.stream().noneMatch(o -> o.length() > e.length() && o.contains(e)))
                    .toList();
        }

        private void event(long clueId, String action, String detail) throws SQLException {
            update(c, "INSERT INTO clue_events (clue_id, at, actor, action, scan_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                    clueId, at, ClueEvent.SYSTEM, action, o.scanId(), detail);
        }

        private String numberOf(long clueId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT number FROM clues WHERE id = ?")) {
                ps.setLong(1, clueId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The record's offset in its WARC file, or NULL when not known (evidence from before V9). */
    private static Long warcOffset(EvidenceRef ref) {
        return ref.offset().isPresent() ? ref.offset().getAsLong() : null;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
