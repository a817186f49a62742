package org.medadwatch.review;

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
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.clue.JurisdictionResolver;

/** The SQL the services share: clue lookups inside a transaction, status changes, events. */
final class ClueSql {
    private ClueSql() {
    }

    /** A clue as an action needs it. */
    record Target(long id, String number, ClueStatus status, Optional<String> jurisdictionCode, String jurisdictionName,
                  Jurisdiction.Source jurisdictionSource) {
    }

    /**
     * The clues named, in the order given, duplicates dropped.
     *
     * @throws IllegalArgumentException naming every number that is not a clue
     */
    static List<Target> expectAll(Connection c, List<String> numbers) throws SQLException {
        List<Target> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String number : numbers) {
            Optional<Target> t = find(c, number);
            if (t.isPresent()) {
                out.add(t.get());
            } else {
                missing.add(number);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("没有编号为 " + String.join("、", missing) + " 的线索，本次操作未做任何更改；请核对线索编号。");
        }
        return out;
    }

    static Target expect(Connection c, String number) throws SQLException {
        return expectAll(c, List.of(number)).get(0);
    }

    static Optional<Target> find(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, number, status, jurisdiction_code, jurisdiction_name, jurisdiction_source FROM clues WHERE number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Target(rs.getLong(1), rs.getString(2), ClueStatus.valueOf(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), rs.getString(5), Jurisdiction.Source.valueOf(rs.getString(6))));
            }
        }
    }

    /**
     * Refuses the lot when any clue may not move to {@code to}, naming each with its status and
     * what may be done instead.
     */
    static void requireMove(List<Target> clues, ClueStatus to) {
        Map<String, String> refused = new LinkedHashMap<>();
        for (Target t : clues) {
            if (!t.status().canMoveTo(to)) {
                refused.put(t.number(), Refusals.statusMove(t.number(), t.status(), to));
            }
        }
        if (!refused.isEmpty()) {
            throw new ClueRefusedException(Refusals.verb(to), refused);
        }
    }

    static void setStatus(Connection c, long clueId, ClueStatus to, String at) throws SQLException {
        update(c, "UPDATE clues SET status = ?, status_changed = ? WHERE id = ?", to.name(), at, clueId);
    }

    static void event(Connection c, long clueId, String at, String actor, String action, String detail)
            throws SQLException {
        update(c, "INSERT INTO clue_events (clue_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
                clueId, at, actor, action, detail);
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    static long lastId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Clue numbers as given, stripped, duplicates dropped; refuses an empty list or a blank number. */
    static List<String> numbers(List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            throw new IllegalArgumentException("请至少选择一条线索。");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String n : numbers) {
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("线索编号不能为空，请重新选择线索。");
            }
            out.add(n.strip());
        }
        return List.copyOf(out);
    }

    static String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("无法确定操作人，请重新登录后再试。");
        }
        return actor.strip();
    }

    /**
     * The name of a GB/T 2260 code whose province the bundled table lists.
     *
     * @throws IllegalArgumentException for anything else, naming it
     */
    static String jurisdictionName(String code) {
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            throw new IllegalArgumentException("属地代码应为六位行政区划代码（GB/T 2260），而不是“" + code + "”；请从列表中选择属地。");
        }
        String c = code.strip();
        String province = c.substring(0, 2) + "0000";
        JurisdictionResolver resolver = JurisdictionResolver.bundled();
        if (resolver.nameOf(province).equals(province)) {
            throw new IllegalArgumentException("未知属地 " + c + "：省级代码 " + province
                    + " 不在省份表中；请从列表中选择属地。");
        }
        return resolver.nameOf(c);
    }

    /** Optional free text: absent is empty. */
    static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
