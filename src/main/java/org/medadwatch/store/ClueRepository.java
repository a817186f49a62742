package org.medadwatch.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.detect.Category;

/** Clues as stored: lookups, their events, status changes, and the rows of a clue sheet. */
public final class ClueRepository {
    private static final String CLUE_COLUMNS = "c.*, p.url AS page_url";
    private final Store store;

    ClueRepository(Store store) {
        this.store = store;
    }

    public Optional<Clue> find(String number) {
        return store.read(c -> find(c, number));
    }

    public Clue expect(String number) {
        return find(number).orElseThrow(() -> new IllegalArgumentException("no clue " + number + " in " + store.file()));
    }

    /** The page's clues, oldest first, open and closed. */
    public List<Clue> ofPage(String url) {
        return store.read(c -> {
            List<Clue> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CLUE_COLUMNS
                    + " FROM clues c JOIN pages p ON p.id = c.page_id WHERE p.url = ? ORDER BY c.id")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(clue(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The page's other clues, each once, oldest first: selected from the clues themselves, not
     * through their findings, so that a clue with many findings is still one entry.
     */
    public List<Clue> othersOnPage(String number) {
        return store.read(c -> {
            List<Clue> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CLUE_COLUMNS + """
                     FROM clues c JOIN pages p ON p.id = c.page_id
                    WHERE c.page_id = (SELECT page_id FROM clues WHERE number = ?) AND c.number <> ?
                    ORDER BY c.id""")) {
                ps.setString(1, number);
                ps.setString(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(clue(rs));
                    }
                }
            }
            return out;
        });
    }

    public int count() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM clues");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** What happened to a clue, in order. */
    public List<ClueEvent> events(String number) {
        return store.read(c -> {
            List<ClueEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.number, e.at, e.actor, e.action, e.detail FROM clue_events e JOIN clues c ON c.id = e.clue_id
                    WHERE c.number = ? ORDER BY e.id""")) {
                ps.setString(1, number);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ClueEvent(rs.getString(1), Timestamps.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Moves a clue to another status, as {@link ClueStatus#next()} allows, and records who did
     * it. {@code RECTIFIED} needs the clue's findings all gone (a later scan found the page clean);
     * {@code RELAPSED} is the tracker's alone, when a rectified page violates again.
     *
     * @throws IllegalArgumentException for an unknown clue
     * @throws IllegalStateException    for a move the lifecycle does not allow
     */
    public Clue changeStatus(String number, ClueStatus to, String actor, String detail) {
        if (to == ClueStatus.RELAPSED) {
            throw new IllegalStateException("RELAPSED is set when a scan finds a rectified page violating again");
        }
        if (actor.isBlank()) {
            throw new IllegalArgumentException("a status change needs an actor");
        }
        String at = Timestamps.format(store.clock().instant());
        store.write(c -> {
            Clue clue = find(c, number).orElseThrow(() -> new IllegalArgumentException("no clue " + number));
            if (!clue.status().canMoveTo(to)) {
                throw new IllegalStateException("clue " + number + " is " + clue.status() + " and cannot become " + to
                        + " (allowed: " + clue.status().next() + ")");
            }
            if (to == ClueStatus.RECTIFIED && !clue.isGone()) {
                throw new IllegalStateException("clue " + number + " cannot be RECTIFIED: the page still shows it"
                        + " (last seen " + clue.lastSeen() + ")");
            }
            ClueTracker.update(c, "UPDATE clues SET status = ?, status_changed = ? WHERE id = ?", to.name(), at, clue.id());
            ClueTracker.update(c, "INSERT INTO clue_events (clue_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
                    clue.id(), at, actor, to.name(), detail);
            return null;
        });
        return expect(number);
    }

    /** One clue as a sheet row, with its page's facts. */
    public Optional<ClueRow> findRow(String number) {
        return rows(new SqlWhere().and("c.number = ?", number)).stream().findFirst();
    }

    /** The clue sheet's rows, by clue number. */
    public List<ClueRow> sheet(ClueFilter filter) {
        return rows(ClueListing.where(filter));
    }

    /** The sheet rows of these clues, by clue number; numbers that are no clue are left out. */
    public List<ClueRow> rowsOf(Collection<String> numbers) {
        return rows(new SqlWhere().in("c.number", List.copyOf(numbers)));
    }

    /** One page of the clue list with its counts; see {@link ClueListQuery}. */
    public CluePage list(ClueListQuery query) {
        return store.read(c -> ClueListing.page(c, query));
    }

    /** Every jurisdiction some clue has now, code → name, by code. */
    public Map<String, String> jurisdictionsInUse() {
        return store.read(c -> {
            Map<String, String> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT jurisdiction_code, jurisdiction_name FROM clues WHERE jurisdiction_code IS NOT NULL""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    static final String ROW_SELECT = """
            SELECT c.*, p.url AS page_url, p.advertiser, p.phones, p.icp, p.approval_no, p.wechat_account,
                   s.name AS site_name""";

    private List<ClueRow> rows(SqlWhere where) {
        String sql = ROW_SELECT + ClueListing.FROM + where.sql() + " ORDER BY c.number_year, c.number_seq";
        return store.read(c -> {
            List<ClueRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                SqlWhere.bind(ps, 1, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    /** A row of {@link #ROW_SELECT}. */
    static ClueRow row(ResultSet rs) throws SQLException {
        Clue clue = clue(rs);
        String site = rs.getString("site_name");
        if (site.isBlank()) {
            site = Optional.ofNullable(rs.getString("wechat_account"))
                    .orElseGet(() -> Optional.ofNullable(URI.create(clue.pageUrl()).getHost()).orElse(""));
        }
        return new ClueRow(clue.number(), clue.firstSeen(), site, clue.pageUrl(),
                Optional.ofNullable(rs.getString("advertiser")), lines(rs.getString("phones")),
                Optional.ofNullable(rs.getString("icp")), clue.jurisdiction(), clue.category(),
                clue.excerpt(), clue.basis(), lines(rs.getString("approval_no")), clue.evidence(),
                clue.status());
    }

    static Optional<Clue> find(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + CLUE_COLUMNS + " FROM clues c JOIN pages p ON p.id = c.page_id WHERE c.number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(clue(rs)) : Optional.empty();
            }
        }
    }

    private static Clue clue(ResultSet rs) throws SQLException {
        Jurisdiction.Source source = Jurisdiction.Source.valueOf(rs.getString("jurisdiction_source"));
        Jurisdiction jurisdiction = new Jurisdiction(Optional.ofNullable(rs.getString("jurisdiction_code")),
                rs.getString("jurisdiction_name"), source);
        return new Clue(rs.getLong("id"), rs.getString("number"), rs.getString("page_url"),
                Category.valueOf(rs.getString("category")), ClueStatus.valueOf(rs.getString("status")),
                Timestamps.parse(rs.getString("first_seen")), Timestamps.parse(rs.getString("last_seen")),
                rs.getLong("first_scan"), rs.getLong("last_scan"), PageRepository.optionalLong(rs, "gone_scan"),
                jurisdiction, rs.getString("excerpt"), rs.getString("basis"), PageRepository.evidence(rs),
                PageRepository.optionalLong(rs, "relapse_of"));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

}
