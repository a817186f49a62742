package org.medadwatch.review;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.medadwatch.clue.ClueStatus;

/**
 * Why a clue may not move, in the words an analyst reads on the error page: the clue, where it
 * stands, what was refused, and what to do instead. One sentence per clue, without a full stop,
 * so that {@link ClueRefusedException} can join several.
 */
final class Refusals {
    private Refusals() {
    }

    /** The action that moves a clue to {@code to}, as a verb: 确认, 排除, 派发 … */
    static String verb(ClueStatus to) {
        return switch (to) {
            case NEW -> "退回待审核";
            case CONFIRMED -> "确认";
            case DISMISSED -> "排除";
            case DISPATCHED -> "派发";
            case FEEDBACK -> "录入处置结果";
            case RECTIFIED -> "标记为已整改";
            case RELAPSED -> "标记为复发";
        };
    }

    /** Why the clue, in {@code from}, may not move to {@code to}. */
    static String statusMove(String number, ClueStatus from, ClueStatus to) {
        String clue = "线索 " + number + " ";
        if (from == to) {
            return clue + "已是“" + from.chineseName() + "”状态，无需再次" + verb(to);
        }
        if (to == ClueStatus.DISPATCHED && from == ClueStatus.NEW) {
            return clue + "尚未审核，不能派发；请先确认违法，再派发";
        }
        if (to == ClueStatus.DISPATCHED && from == ClueStatus.DISMISSED) {
            return clue + "已排除，不能派发；如需派发请先撤销排除（重新确认该线索）";
        }
        if (to == ClueStatus.FEEDBACK && EnumSet.of(ClueStatus.NEW, ClueStatus.CONFIRMED, ClueStatus.DISMISSED).contains(from)) {
            return clue + "为“" + from.chineseName() + "”，尚未派发，不能录入处置结果；只有已派发的线索才能录入处置结果";
        }
        if (to == ClueStatus.DISMISSED && (from == ClueStatus.DISPATCHED || from == ClueStatus.FEEDBACK)) {
            return clue + "已派发，不能排除；如属地核查不属实，请录入处置结果“不属实”";
        }
        return clue + "为“" + from.chineseName() + "”，不能" + verb(to) + allowed(from.next());
    }

    /** What may still be done, as a clause; or that the clue is closed. */
    static String allowed(Set<ClueStatus> next) {
        if (next.isEmpty()) {
            return "；该线索已结束，不能再操作";
        }
        return "；当前只能" + next.stream().map(Refusals::verb).collect(Collectors.joining("或"));
    }
}
