package org.medadwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.RemovalReason;

/**
 * Records that stored pages are gone: the page answered 404 or 410, or the seed's site no longer
 * answers at all. A removed page shows nothing, so its open findings are gone and their clues get
 * a {@code gone} event, exactly as when a changed page stops showing a finding: that is the
 * evidence a re-check (回头看) needs before an analyst marks a clue {@code RECTIFIED}. Nothing is
 * closed here. The page keeps its last capture, and a page that answers again is recorded
 * {@code LIVE} by {@link ClueTracker#record}.
 *
 * <p>Idempotent: a page already removed is left as it was, so its removal keeps the time and scan
 * of the check that first found it.
 */
public final class PageRemovals {
    private final Store store;

    PageRemovals(Store store) {
        this.store = store;
    }

    /** The page at {@code url} answered {@code reason} (404 or 410) when checked {@code at}. */
    public RemovalOutcome recordPage(long scanId, String url, RemovalReason reason, Instant at) {
        return store.write(c -> remove(c, scanId, reason, at,
                "SELECT id, url FROM pages WHERE url = ? AND state = 'LIVE'", url));
    }

    /**
     * Nothing answers for the seed {@code siteUrl} any more: each of the site's live pages is
     * removed, except one recorded in this very scan (it answered, so it is not gone).
     */
    public RemovalOutcome recordSite(long scanId, String siteUrl, RemovalReason reason, Instant at) {
        return store.write(c -> remove(c, scanId, reason, at, """
                SELECT p.id, p.url FROM pages p JOIN sites s ON s.id = p.site_id
                WHERE s.url = ? AND p.state = 'LIVE' AND p.last_scan <> ? ORDER BY p.id""", siteUrl, scanId));
    }

    private static RemovalOutcome remove(Connection c, long scanId, RemovalReason reason, Instant at, String select,
                                         Object... params) throws SQLException {
        Map<Long, String> pages = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pages.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        String when = Timestamps.format(at);
        int findingsGone = 0;
        List<String> cluesGone = new ArrayList<>();
        for (long pageId : pages.keySet()) {
            ClueTracker.update(c, """
                    UPDATE pages SET state = 'REMOVED', removed_reason = ?, removed_at = ?, removed_scan = ?
                    WHERE id = ?""", reason.name(), when, scanId, pageId);
            // the clues losing their last shown finding, before the findings are marked
            Map<Long, String> clues = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT c.id, c.number FROM findings f JOIN clues c ON c.id = f.clue_id
                    WHERE f.page_id = ? AND f.gone_scan IS NULL ORDER BY c.id""")) {
                ps.setLong(1, pageId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        clues.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            findingsGone += ClueTracker.update(c,
                    "UPDATE findings SET gone_scan = ? WHERE page_id = ? AND gone_scan IS NULL", scanId, pageId);
            for (Map.Entry<Long, String> clue : clues.entrySet()) {
                ClueTracker.update(c, "UPDATE clues SET gone_scan = ? WHERE id = ?", scanId, clue.getKey());
                ClueTracker.update(c, """
                        INSERT INTO clue_events (clue_id, at, actor, action, scan_id, detail)
                        VALUES (?, ?, ?, 'gone', ?, ?)""", clue.getKey(), when, ClueEvent.SYSTEM, scanId,
                        "页面已删除（" + reason.label() + "），scan " + scanId);
                cluesGone.add(clue.getValue());
            }
        }
        return new RemovalOutcome(List.copyOf(pages.values()), findingsGone, cluesGone);
    }
}
