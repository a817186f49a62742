package org.medadwatch.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An action refused because of where some clues stand (their status, or their jurisdiction);
 * nothing was changed. The message names every refused clue with its reason.
 */
public class ClueRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> reasons;

    /**
     * @param action  what was asked, e.g. {@code confirm}
     * @param reasons clue number → why it cannot, in the order given
     */
    public ClueRefusedException(String action, Map<String, String> reasons) {
        super("cannot " + action + " " + reasons.size() + (reasons.size() == 1 ? " clue: " : " clues: ")
                + reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining("; ")) + "; nothing was changed");
        this.reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
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
