package org.medadwatch.detect.ad;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one page.
 *
 * @param kind               the outcome
 * @param adProbability      how likely the page is an ad of any kind, after page signals, in [0, 1]
 * @param medicalProbability how likely an ad on this page is a medical one, in [0, 1]; meaningful
 *                           only where {@code kind} is not {@link AdKind#NOT_AD}
 * @param reasons            what moved the verdict, in the order applied, e.g. "classifier medical_ad 0.87",
 *                           "booking form"
 */
public record AdAssessment(AdKind kind, double adProbability, double medicalProbability, List<String> reasons) {
    public AdAssessment {
        Objects.requireNonNull(kind, "kind");
        if (!(adProbability >= 0 && adProbability <= 1)) {
            throw new IllegalArgumentException("adProbability not in [0,1]: " + adProbability);
        }
        if (!(medicalProbability >= 0 && medicalProbability <= 1)) {
            throw new IllegalArgumentException("medicalProbability not in [0,1]: " + medicalProbability);
        }
        reasons = List.copyOf(reasons);
    }

    public boolean isAd() {
        return kind != AdKind.NOT_AD;
    }

    public boolean isMedicalAd() {
        return kind == AdKind.MEDICAL_AD;
    }
}
