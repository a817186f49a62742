package org.medadwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.medadwatch.clue.PageRemoval;
import org.medadwatch.clue.RemovalReason;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Level;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.evidence.EvidenceRef;

/** Pages as stored: revisit hints for incremental re-scans, and what a page's findings are. */
public final class PageRepository {
    private final Store store;

    PageRepository(Store store) {
        this.store = store;
    }

    /**
     * Every live page's validators and content hash, by URL, for conditional re-fetch. A removed
     * page has none: if it comes back, it is fetched in full and judged.
     */
    public Map<String, RevisitHint> revisitHints() {
        return store.read(c -> {
            Map<String, RevisitHint> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT url, etag, last_modified, content_sha256 FROM pages WHERE state = 'LIVE' ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), hint(rs));
                }
            }
            return out;
        });
    }

    public Optional<RevisitHint> findRevisitHint(String url) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT url, etag, last_modified, content_sha256 FROM pages WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(hint(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Pages of clues under follow-up, with the seed they were found under; see {@link RecheckTarget}. */
    public List<RecheckTarget> recheckTargets() {
        return store.read(c -> {
            List<RecheckTarget> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT p.url, s.name, s.region FROM clues c
                    JOIN pages p ON p.id = c.page_id JOIN sites s ON s.id = p.site_id
                    WHERE c.status IN ('DISPATCHED', 'FEEDBACK', 'RECTIFIED') ORDER BY p.url""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecheckTarget(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** The pages a scan has already stored: on resume, the crawler need not fetch them again. */
    public Set<String> urlsRecordedIn(long scanId) {
        return store.read(c -> {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT url FROM pages WHERE last_scan = ? ORDER BY id")) {
                ps.setLong(1, scanId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    public Optional<StoredPage> find(String url) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pages WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredPage(rs.getLong("id"), rs.getString("url"), rs.getString("final_url"),
                            rs.getInt("http_status"), rs.getString("content_sha256"),
                            Timestamps.parse(rs.getString("first_seen")), Timestamps.parse(rs.getString("last_fetched")),
                            Timestamps.parse(rs.getString("last_changed")), rs.getLong("first_scan"),
                            rs.getLong("last_scan"), rs.getLong("last_judged_scan"),
                            AdKind.valueOf(rs.getString("ad_kind")), evidence(rs), rs.getString("rules_fingerprint"),
                            removal(rs)));
                }
            }
        });
    }

    /** The page's findings, present and gone, in the order they were first seen. */
    public List<StoredFinding> findings(String url) {
        return store.read(c -> {
            List<StoredFinding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.*, c.number FROM findings f
                      JOIN pages p ON p.id = f.page_id
                      JOIN clues c ON c.id = f.clue_id
                    WHERE p.url = ? ORDER BY f.id""")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredFinding(rs.getLong("id"), rs.getString("number"),
                                Category.valueOf(rs.getString("category")), rs.getString("rule_id"),
                                rs.getString("evidence"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                                rs.getString("basis"), Optional.ofNullable(rs.getString("level")).flatMap(Level::find),
                                rs.getString("note"), rs.getLong("first_seen_scan"), rs.getLong("last_seen_scan"),
                                optionalLong(rs, "gone_scan")));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Every evidence record the store cites, from pages and clues: after a crash, each must be
     * found in the WARC files (the evidence is written before the page that cites it is recorded).
     */
    public Set<EvidenceRef> citedEvidence() {
        return store.read(c -> {
            Set<EvidenceRef> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT warc_file, warc_record_id, payload_digest, warc_offset FROM pages
                    UNION SELECT warc_file, warc_record_id, payload_digest, warc_offset FROM clues""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(evidence(rs));
                }
            }
            return out;
        });
    }

    public int count() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pages");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static RevisitHint hint(ResultSet rs) throws SQLException {
        return new RevisitHint(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)), rs.getString(4));
    }

    static EvidenceRef evidence(ResultSet rs) throws SQLException {
        long offset = rs.getLong("warc_offset");
        // NULL: recorded before V9, found by reading its file from the start
        OptionalLong known = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(offset);
        return new EvidenceRef(rs.getString("warc_file"), rs.getString("warc_record_id"), rs.getString("payload_digest"),
                known);
    }

    private static Optional<PageRemoval> removal(ResultSet rs) throws SQLException {
        if (!PageState.REMOVED.name().equals(rs.getString("state"))) {
            return Optional.empty();
        }
        return Optional.of(new PageRemoval(RemovalReason.valueOf(rs.getString("removed_reason")),
                Timestamps.parse(rs.getString("removed_at")), rs.getLong("removed_scan")));
    }

    static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Long> pageId(Connection c, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM pages WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
