package org.medadwatch.detect;

import java.util.Objects;

/**
 * One violation found on a page.
 *
 * @param category  the taxonomy code
 * @param ruleId    the rule that fired (or {@code approvals} for UNAPPROVED_AD)
 * @param legalBasis the articles an analyst cites
 * @param level     how sure the rule is
 * @param evidence  the words quoted exactly from the page text (empty where the violation is an absence)
 * @param start     offset of the evidence in the page text, or -1
 * @param end       offset just past the evidence, or -1
 * @param note      why, in a few words (the rule's title, or the approval problem)
 */
public record Finding(Category category, String ruleId, String legalBasis, Level level,
                      String evidence, int start, int end, String note) {
    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(evidence, "evidence");
    }
}
