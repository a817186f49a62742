package org.medadwatch.review;

import java.util.List;
import java.util.Map;

/**
 * An action refused because of where some clues stand (their status, or their jurisdiction);
 * nothing was changed. The message, in Chinese for the analyst's error page, names every
 * refused clue with its reason and what to do instead.
 */
public class ClueRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> reasons;

    /**
     * @param action  what was asked, as a verb, e.g. {@code 派发}
     * @param reasons clue number → why it cannot, a sentence naming the clue, in the order given
     */
    public ClueRefusedException(String action, Map<String, String> reasons) {
        super(message(action, reasons));
        this.reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
    }

    private static String message(String action, Map<String, String> reasons) {
        String why = String.join("；\n", reasons.values());
        if (reasons.size() == 1) {
            return why + "。本次" + action + "未做任何更改。";
        }
        // a bulk action is all or nothing: say so, or the analyst assumes the others went through
        return "所选线索中有 " + reasons.size() + " 条不能" + action + "，本次操作未做任何更改：\n" + why
                + "。\n请取消勾选这些线索后重试。";
    }

    /** The refused clues, in the order given. */
    public List<String> clueNumbers() {
        return List.copyOf(reasons.keySet());
    }

    /** Why each clue was refused. */
    public Map<String, String> reasons() {
        return reasons;
    }
}
