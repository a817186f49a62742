package org.medadwatch.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.store.Store;
import org.medadwatch.store.Timestamps;

/**
 * Sends confirmed clues to the bureau of a jurisdiction in a numbered batch (派发批次), records
 * that the bureau looked at a clue (签收), and gives a batch's clue sheet.
 *
 * <p>A batch goes to one jurisdiction and takes only its clues: a clue whose code equals the
 * batch's, or lies inside it when the batch goes to a province ({@code 330000} takes
 * {@code 330106}) or a city ({@code 330100} takes {@code 330106}). Batch numbers are
 * {@code PF-<year>-<seq>}: the year of dispatch in Beijing time, a sequence from 1 per year,
 * kept unique by the database.
 */
public final class DispatchService {
    static final ZoneId NUMBERING_ZONE = ZoneId.of("Asia/Shanghai");

    private final Store store;
    private final Clock clock;

    public DispatchService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Dispatches the clues as one new batch: all {@code CONFIRMED}, all of the jurisdiction, or
     * nothing happens. Each clue becomes {@code DISPATCHED} with an event naming the batch.
     *
     * @param jurisdictionCode the GB/T 2260 code of the bureau
     * @param comment          the covering note, may be empty
     * @throws IllegalArgumentException for an unknown clue or jurisdiction
     * @throws ClueRefusedException     for a clue not confirmed or of another jurisdiction
     */
    public Batch dispatch(List<String> numbers, String jurisdictionCode, String actor, String comment) {
        List<String> wanted = ClueSql.numbers(numbers);
        String who = ClueSql.actor(actor);
        String name = ClueSql.jurisdictionName(jurisdictionCode);
        String code = jurisdictionCode.strip();
        String note = ClueSql.text(comment);
        Instant now = clock.instant();
        String at = Timestamps.format(now);
        int year = now.atZone(NUMBERING_ZONE).getYear();
        String number = store.transaction(c -> {
            List<ClueSql.Target> clues = ClueSql.expectAll(c, wanted);
            ClueSql.requireMove(clues, ClueStatus.DISPATCHED);
            Map<String, String> elsewhere = new LinkedHashMap<>();
            for (ClueSql.Target t : clues) {
                if (t.jurisdictionCode().isEmpty()) {
                    elsewhere.put(t.number(), "线索 " + t.number() + " 尚未分配属地，不能派发；请先在线索页更改属地");
                } else if (!within(t.jurisdictionCode().get(), code)) {
                    elsewhere.put(t.number(), "线索 " + t.number() + " 属于 " + t.jurisdictionCode().get() + " "
                            + t.jurisdictionName() + "，不在 " + code + " " + name + " 辖区内；请派往其属地，或先更改属地");
                }
            }
            if (!elsewhere.isEmpty()) {
                throw new ClueRefusedException("派发至 " + code + " " + name, elsewhere);
            }
            int seq = nextSeq(c, year);
            String no = String.format(Locale.ROOT, "PF-%04d-%04d", year, seq);
            ClueSql.update(c, """
                    INSERT INTO batches (number, number_year, number_seq, jurisdiction_code, jurisdiction_name,
                        created_at, actor, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    no, year, seq, code, name, at, who, note);
            long batchId = ClueSql.lastId(c);
            int position = 0;
            for (ClueSql.Target t : clues) {
                ClueSql.update(c, "INSERT INTO batch_clues (batch_id, clue_id, position) VALUES (?, ?, ?)",
                        batchId, t.id(), ++position);
                ClueSql.setStatus(c, t.id(), ClueStatus.DISPATCHED, at);
                ClueSql.event(c, t.id(), at, who, ClueStatus.DISPATCHED.name(),
                        "批次 " + no + " → " + code + " " + name + (note.isEmpty() ? "" : "；" + note));
            }
            return no;
        });
        return expectBatch(number);
    }

    /** Every batch, newest first. */
    public List<Batch> batches() {
        return store.snapshot(c -> readBatches(c, null));
    }

    public Optional<Batch> findBatch(String no) {
        return store.snapshot(c -> readBatches(c, no)).stream().findFirst();
    }

    /** @throws IllegalArgumentException naming the batch when there is none */
    public Batch expectBatch(String no) {
        return findBatch(no).orElseThrow(() -> new IllegalArgumentException("没有派发批次 " + no + "；请核对批次号。"));
    }

    /**
     * Records that the bureau looked at a dispatched clue (签收). The first time counts: a second
     * call changes nothing and returns the first time.
     *
     * @return when it was first viewed
     * @throws ClueRefusedException for a clue never dispatched
     */
    public Instant markViewed(String clueNumber, String actor) {
        String who = ClueSql.actor(actor);
        String at = Timestamps.format(clock.instant());
        return store.transaction(c -> {
            ClueSql.Target t = ClueSql.expect(c, clueNumber.strip());
            Optional<String> viewed = viewedAt(c, t);
            if (viewed.isPresent()) {
                return Timestamps.parse(viewed.get());
            }
            markViewed(c, t.id(), who, at, "签收");
            return Timestamps.parse(at);
        });
    }

    /** Stamps a clue's first viewing; false if it was viewed before. For {@link FeedbackService} too. */
    static boolean markViewed(Connection c, long clueId, String actor, String at, String detail) throws SQLException {
        int n = ClueSql.update(c, "UPDATE batch_clues SET viewed_at = ?, viewed_by = ? WHERE clue_id = ? AND viewed_at IS NULL",
                at, actor, clueId);
        if (n == 1) {
            ClueSql.event(c, clueId, at, actor, "viewed", detail);
        }
        return n == 1;
    }

    /** The clue's viewing time; refuses a clue that is in no batch. */
    private static Optional<String> viewedAt(Connection c, ClueSql.Target t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT viewed_at FROM batch_clues WHERE clue_id = ?")) {
            ps.setLong(1, t.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ClueRefusedException("签收", Map.of(t.number(), "线索 " + t.number() + " 为“"
                            + t.status().chineseName() + "”，尚未派发，不能签收；只有已派发的线索才能签收"));
                }
                return Optional.ofNullable(rs.getString(1));
            }
        }
    }

    /**
     * The batch's clue sheet, in the batch's order: each clue as it stands now, with who confirmed
     * it, the batch, and the outcome once recorded.
     *
     * @throws IllegalArgumentException for an unknown batch
     */
    public List<BatchRow> sheet(String batchNo) {
        Batch batch = expectBatch(batchNo);
        record Extra(String reviewer, String comment, Optional<Feedback> feedback) {
        }
        Map<String, Extra> extras = store.snapshot(c -> {
            Map<String, Extra> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT cl.number, r.actor, r.comment, f.outcome, f.note, f.decided, f.actor, f.at
                    FROM batch_clues bc JOIN batches b ON b.id = bc.batch_id JOIN clues cl ON cl.id = bc.clue_id
                    LEFT JOIN clue_reviews r ON r.clue_id = bc.clue_id AND r.decision = 'CONFIRMED'
                    LEFT JOIN feedback f ON f.clue_id = bc.clue_id
                    WHERE b.number = ?""")) {
                ps.setString(1, batch.number());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String clue = rs.getString(1);
                        out.put(clue, new Extra(Objects.requireNonNullElse(rs.getString(2), ""),
                                Objects.requireNonNullElse(rs.getString(3), ""), FeedbackService.feedback(rs, clue, 4)));
                    }
                }
            }
            return out;
        });
        Map<String, ClueRow> rows = new HashMap<>();
        for (ClueRow row : store.clues().rowsOf(batch.clueNumbers())) {
            if (within(row.jurisdiction().code().orElse(""), batch.jurisdictionCode())) {
                rows.put(row.number(), row);
            }
        }
        List<BatchRow> out = new ArrayList<>();
        for (String n : batch.clueNumbers()) {
            ClueRow row = rows.get(n);
            if (row == null) {
                throw new IllegalStateException("批次 " + batchNo + " 的线索 " + n + " 已不在 " + batch.jurisdictionCode()
                        + " 辖区内，无法生成派发表；请联系管理员核查数据。");
            }
            Extra e = extras.get(n);
            out.add(new BatchRow(row, e.reviewer(), e.comment(), batch.number(), batch.createdAt(), e.feedback()));
        }
        return out;
    }

    /** Whether a clue's code lies within a batch's jurisdiction; see the class comment. */
    static boolean within(String clueCode, String batchCode) {
        return clueCode.startsWith(prefix(batchCode));
    }

    /** The code prefix a jurisdiction covers: 2 digits for a province, 4 for a city, else all 6. */
    static String prefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }

    private static int nextSeq(Connection c, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(number_seq), 0) + 1 FROM batches WHERE number_year = ?")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<Batch> readBatches(Connection c, String only) throws SQLException {
        String sql = "SELECT b.id, b.number, b.jurisdiction_code, b.jurisdiction_name, b.created_at, b.actor, b.comment,"
                + " cl.number FROM batches b LEFT JOIN batch_clues bc ON bc.batch_id = b.id"
                + " LEFT JOIN clues cl ON cl.id = bc.clue_id"
                + (only == null ? "" : " WHERE b.number = ?")
                + " ORDER BY b.number_year DESC, b.number_seq DESC, bc.position";
        Map<Long, List<String>> clues = new LinkedHashMap<>();
        Map<Long, String[]> heads = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (only != null) {
                ps.setString(1, only.strip());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    heads.computeIfAbsent(id, k -> new String[6]);
                    String[] h = heads.get(id);
                    for (int i = 0; i < 6; i++) {
                        h[i] = rs.getString(i + 2);
                    }
                    List<String> list = clues.computeIfAbsent(id, k -> new ArrayList<>());
                    String clue = rs.getString(8);
                    if (clue != null) {
                        list.add(clue);
                    }
                }
            }
        }
        List<Batch> out = new ArrayList<>();
        for (Map.Entry<Long, String[]> e : heads.entrySet()) {
            String[] h = e.getValue();
            out.add(new Batch(h[0], h[1], h[2], Timestamps.parse(h[3]), h[4], h[5], clues.get(e.getKey())));
        }
        return out;
    }
}
