package org.medadwatch.detect.rules;

import java.util.List;
import java.util.Optional;

/**
 * A condition on who is speaking: some categories (a salon offering injections, a shop
 * claiming cures) are violations only when the advertiser is not a medical institution.
 * Phrases are folded; an unknown advertiser passes {@code advertiserNot} and fails
 * {@code advertiserAny}.
 */
public record PageCondition(List<String> advertiserNot, List<String> advertiserAny) {
    public PageCondition {
        advertiserNot = List.copyOf(advertiserNot);
        advertiserAny = List.copyOf(advertiserAny);
    }

    public static PageCondition always() {
        return new PageCondition(List.of(), List.of());
    }

    /** @param foldedAdvertiser the page's advertiser, folded */
    public boolean holds(Optional<String> foldedAdvertiser) {
        String who = foldedAdvertiser.orElse(null);
        if (who != null && containsAny(who, advertiserNot)) {
            return false;
        }
        return advertiserAny.isEmpty() || who != null && containsAny(who, advertiserAny);
    }

    // A loop, not a stream: asked once per rule and page, and a stream pipeline cost more than the test.
    private static boolean containsAny(String who, List<String> parts) {
        for (String part : parts) {
            if (who.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
