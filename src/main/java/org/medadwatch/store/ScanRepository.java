package org.medadwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Scans: started, finished, and the one left running by a killed process, to resume.
 *
 * <p>Resuming after a crash: {@link #findRunning()} gives the scan to carry on, and
 * {@link PageRepository#urlsRecordedIn(long)} the pages it already stored; a page fetched again
 * anyway is recorded idempotently.
 */
public final class ScanRepository {
    private static final String LATEST_RUNNING = "SELECT * FROM scans WHERE status = 'RUNNING' ORDER BY id DESC LIMIT 1";
    private final Store store;

    ScanRepository(Store store) {
        this.store = store;
    }

    /** Starts a scan of the given seed list, its heartbeat at its start; returns its id. */
    public long start(String seedsFile) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO scans (started, seeds_file, status, heartbeat) VALUES (?, ?, 'RUNNING', ?)")) {
                String now = Timestamps.format(store.clock().instant());
                ps.setString(1, now);
                ps.setString(2, seedsFile);
                ps.setString(3, now);
                ps.executeUpdate();
            }
            return lastId(c);
        });
    }

    /**
     * Stamps a running scan's heartbeat with the store's clock: its process is alive (migration
     * V10). A scan that has ended, or does not exist, is left as it is.
     *
     * @return whether the scan was RUNNING and its heartbeat was stamped
     */
    public boolean beat(long scanId) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE scans SET heartbeat = ? WHERE id = ? AND status = 'RUNNING'")) {
                ps.setString(1, Timestamps.format(store.clock().instant()));
                ps.setLong(2, scanId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Closes a scan as FINISHED with its counts, taken from what the store holds. Finishing a
     * scan twice keeps the first finish time.
     */
    public Scan finish(long scanId, ScanStatus status) {
        if (status != ScanStatus.FINISHED) {
            // a FAILED scan always says why: fail(scanId, reason)
            throw new IllegalArgumentException("finish with FINISHED, or fail(scanId, reason); not " + status);
        }
        return close(scanId, status, null);
    }

    /**
     * Closes a scan as FAILED, with why: it ran, but it is not a scan the schedule counts as done
     * ({@link #findLastFinished()} passes over it). Its counts are kept as for a finished scan.
     */
    public Scan fail(long scanId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failed scan says why");
        }
        return close(scanId, ScanStatus.FAILED, reason);
    }

    private Scan close(long scanId, ScanStatus status, String failure) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE scans SET
                      finished = coalesce(finished, ?),
                      status = ?,
                      failure = ?,
                      pages_recorded = (SELECT count(*) FROM pages WHERE last_scan = scans.id),
                      pages_judged = (SELECT count(*) FROM pages WHERE last_judged_scan = scans.id),
                      pages_unchanged = (SELECT count(*) FROM pages WHERE last_scan = scans.id
                                                                      AND last_judged_scan <> scans.id),
                      findings_new = (SELECT count(*) FROM findings WHERE first_seen_scan = scans.id),
                      findings_gone = (SELECT count(*) FROM findings WHERE gone_scan = scans.id),
                      clues_new = (SELECT count(*) FROM clues WHERE first_scan = scans.id),
                      pages_rejudged = (SELECT count(*) FROM pages WHERE rejudged_scan = scans.id),
                      pages_removed = (SELECT count(*) FROM pages WHERE removed_scan = scans.id)
                    WHERE id = ?""")) {
                ps.setString(1, Timestamps.format(store.clock().instant()));
                ps.setString(2, status.name());
                ps.setString(3, failure);
                ps.setLong(4, scanId);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no scan " + scanId);
                }
            }
            return null;
        });
        return expect(scanId);
    }

    public Optional<Scan> find(long scanId) {
        return store.read(c -> one(c, "SELECT * FROM scans WHERE id = ?", scanId));
    }

    public Scan expect(long scanId) {
        return find(scanId).orElseThrow(() -> new IllegalArgumentException("no scan " + scanId + " in " + store.file()));
    }

    /** The latest scan still marked running: one a killed process left, to resume. */
    public Optional<Scan> findRunning() {
        return store.read(c -> one(c, LATEST_RUNNING, null));
    }

    /**
     * The latest scan still marked running, with the pages it has stored so far, when the latest
     * of them was fetched and its heartbeat: what the web UI shows of a scan another process is
     * running, and whether that process is still alive ({@link ScanProgress}).
     */
    public Optional<ScanProgress> findRunningProgress() {
        return store.read(c -> {
            Optional<Scan> running = one(c, LATEST_RUNNING, null);
            if (running.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT count(*), max(last_fetched), (SELECT heartbeat FROM scans WHERE id = ?)
                    FROM pages WHERE last_scan = ?""")) {
                ps.setLong(1, running.get().id());
                ps.setLong(2, running.get().id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.of(new ScanProgress(running.get(), rs.getInt(1),
                            Optional.ofNullable(rs.getString(2)).map(Timestamps::parse),
                            Optional.ofNullable(rs.getString(3)).map(Timestamps::parse)));
                }
            }
        });
    }

    /**
     * The scan that finished last (status FINISHED): what the schedule measures a missed run from.
     * A FAILED scan is never it: a scan in which nothing answered does not count as done.
     */
    public Optional<Scan> findLastFinished() {
        return store.read(c -> one(c, "SELECT * FROM scans WHERE status = 'FINISHED' ORDER BY finished DESC, id DESC LIMIT 1",
                null));
    }

    /** The scan that ended FAILED last, if any did: the schedule retries after it, the web UI shows it. */
    public Optional<Scan> findLastFailed() {
        return store.read(c -> one(c, "SELECT * FROM scans WHERE status = 'FAILED' ORDER BY finished DESC, id DESC LIMIT 1",
                null));
    }

    private static Optional<Scan> one(Connection c, String sql, Long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Scan(rs.getLong("id"), Timestamps.parse(rs.getString("started")),
                        Optional.ofNullable(rs.getString("finished")).map(Timestamps::parse),
                        rs.getString("seeds_file"), ScanStatus.valueOf(rs.getString("status")),
                        rs.getInt("pages_recorded"), rs.getInt("pages_judged"), rs.getInt("pages_unchanged"),
                        rs.getInt("findings_new"), rs.getInt("findings_gone"), rs.getInt("clues_new"),
                        rs.getInt("pages_rejudged"), rs.getInt("pages_removed"),
                        Optional.ofNullable(rs.getString("failure"))));
            }
        }
    }

    static long lastId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
