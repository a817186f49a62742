package org.medadwatch.review;

import static org.medadwatch.clue.Jurisdiction.Source.MANUAL;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.store.Store;
import org.medadwatch.store.Timestamps;

/**
 * An analyst's review of clues: confirm (确认), dismiss (排除, with a reason), change the
 * jurisdiction (属地). Each call takes many clues and is one transaction: every clue changes and
 * gets its event, or none does.
 *
 * <p>Events: a status change is written as the new status' name ({@code CONFIRMED},
 * {@code DISMISSED}) with the comment or reason as detail, as {@code ClueRepository.changeStatus}
 * writes them; a jurisdiction change as {@code jurisdiction} with {@code old → new}.
 */
public final class ReviewService {
    /** The statuses whose jurisdiction may change: once dispatched, the batch fixed it. */
    static final Set<ClueStatus> REASSIGNABLE = Set.of(ClueStatus.NEW, ClueStatus.CONFIRMED, ClueStatus.DISMISSED);

    private final Store store;
    private final Clock clock;

    public ReviewService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Confirms the clues (from {@code NEW}, or {@code DISMISSED} on second thoughts).
     *
     * @param comment the 审核意见, may be empty; it goes on the batch sheet
     * @return the clues as they are now, in the order given
     */
    public List<Clue> confirm(List<String> clueNumbers, String actor, String comment) {
        return decide(clueNumbers, ClueStatus.CONFIRMED, actor, ClueSql.text(comment));
    }

    /**
     * Dismisses the clues (from {@code NEW} or {@code CONFIRMED}).
     *
     * @param reason why they are not violations; required
     * @throws IllegalArgumentException for a blank reason
     */
    public List<Clue> dismiss(List<String> numbers, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("排除线索须填写排除原因（例如：非医疗广告、科普文章）。");
        }
        return decide(numbers, ClueStatus.DISMISSED, actor, reason.strip());
    }

    /**
     * Assigns the clues to a jurisdiction, as an analyst decided: the clue's source becomes
     * {@link Jurisdiction.Source#MANUAL}, which later scans keep. Only clues not yet dispatched
     * ({@link #REASSIGNABLE}) may change; a clue already set there by hand is left alone (no event).
     *
     * @param gbCode a six-digit GB/T 2260 code of a listed province
     * @param why    may be empty
     * @throws IllegalArgumentException for an unknown code
     */
    public List<Clue> changeJurisdiction(List<String> numbers, String gbCode, String actor, String why) {
        List<String> wanted = ClueSql.numbers(numbers);
        String who = ClueSql.actor(actor);
        String name = ClueSql.jurisdictionName(gbCode);
        String code = gbCode.strip();
        String reason = ClueSql.text(why);
        String at = Timestamps.format(clock.instant());
        store.transaction(c -> {
            List<ClueSql.Target> clues = ClueSql.expectAll(c, wanted);
            Map<String, String> refused = new LinkedHashMap<>();
            for (ClueSql.Target t : clues) {
                if (!REASSIGNABLE.contains(t.status())) {
                    refused.put(t.number(), "线索 " + t.number() + " 为“" + t.status().chineseName()
                            + "”，属地已随派发批次确定，不能更改");
                }
            }
            if (!refused.isEmpty()) {
                throw new ClueRefusedException("更改属地", refused);
            }
            for (ClueSql.Target t : clues) {
                if (t.jurisdictionCode().filter(code::equals).isPresent() && t.jurisdictionSource() == MANUAL) {
                    continue;
                }
                // the event is the record of who set it and when; the source says it was a person
                ClueSql.update(c, "UPDATE clues SET jurisdiction_code = ?, jurisdiction_name = ?, jurisdiction_source = ?"
                        + " WHERE id = ?", code, name, MANUAL.name(), t.id());
                String old = t.jurisdictionCode().map(o -> o + " " + t.jurisdictionName()).orElse(t.jurisdictionName())
                        + "（" + t.jurisdictionSource().chineseName() + "）";
                ClueSql.event(c, t.id(), at, who, "jurisdiction", old + " → " + code + " " + name + "（"
                        + MANUAL.chineseName() + "）" + (reason.isEmpty() ? "" : "；" + reason));
            }
            return null;
        });
        return current(wanted);
    }

    private List<Clue> decide(List<String> numbers, ClueStatus to, String actor, String detail) {
        List<String> wanted = ClueSql.numbers(numbers);
        String who = ClueSql.actor(actor);
        String at = Timestamps.format(clock.instant());
        store.transaction(c -> {
            List<ClueSql.Target> clues = ClueSql.expectAll(c, wanted);
            ClueSql.requireMove(clues, to);
            for (ClueSql.Target t : clues) {
                ClueSql.setStatus(c, t.id(), to, at);
                ClueSql.event(c, t.id(), at, who, to.name(), detail);
                recordDecision(c, t.id(), to, who, detail, at);
            }
            return null;
        });
        return current(wanted);
    }

    private static void recordDecision(Connection c, long clueId, ClueStatus decision, String actor, String comment,
                                       String at) throws SQLException {
        ClueSql.update(c, """
                INSERT INTO clue_reviews (clue_id, decision, actor, comment, at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (clue_id) DO UPDATE SET decision = excluded.decision, actor = excluded.actor,
                    comment = excluded.comment, at = excluded.at""", clueId, decision.name(), actor, comment, at);
    }

    private List<Clue> current(List<String> numbers) {
        return numbers.stream().map(store.clues()::expect).toList();
    }
}
