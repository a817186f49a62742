package org.medadwatch.detect.ad;

import java.util.List;

/** Whether a page is an advertisement, a medical one, and why. */
public record AdAssessment(AdKind kind, double adProbability, double medicalProbability, List<String> reasons) {
    public AdAssessment {
        reasons = List.copyOf(reasons);
    }
}
