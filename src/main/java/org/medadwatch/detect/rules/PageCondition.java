package org.medadwatch.detect.rules;

import java.util.List;
import java.util.Optional;

/**
 * A condition on who is speaking, or on what is sold: some categories (a salon offering
 * injections, a shop claiming cures) are violations only when the advertiser is not a medical
 * institution, or when what the page sells is no medicine whoever sells it (a pharmacy's health
 * food claiming to cure diabetes: {@code pageAny}). Phrases are folded; an unknown advertiser
 * passes {@code advertiserNot} and fails {@code advertiserAny}.
 */
public record PageCondition(List<String> advertiserNot, List<String> advertiserAny, List<String> pageAny) {
    public PageCondition {
        advertiserNot = List.copyOf(advertiserNot);
        advertiserAny = List.copyOf(advertiserAny);
        pageAny = List.copyOf(pageAny);
    }

    public static PageCondition always() {
        return new PageCondition(List.of(), List.of(), List.of());
    }

    /**
     * @param foldedAdvertiser the page's advertiser, folded
     * @param foldedText       the page's text, folded: where {@code pageAny} is looked for
     */
    public boolean holds(Optional<String> foldedAdvertiser, String foldedText) {
        return advertiserHolds(foldedAdvertiser) || !pageAny.isEmpty() && containsAny(foldedText, pageAny);
    }

    /** Whether the advertiser alone satisfies the condition. */
    public boolean advertiserHolds(Optional<String> foldedAdvertiser) {
        String who = foldedAdvertiser.orElse(null);
        if (who != null && containsAny(who, advertiserNot)) {
            return false;
        }
        return advertiserAny.isEmpty() || who != null && containsAny(who, advertiserAny);
    }

    // A loop, not a stream: asked once per rule and page, and a stream pipeline cost more than the test.
    private static boolean containsAny(String text, List<String> parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
