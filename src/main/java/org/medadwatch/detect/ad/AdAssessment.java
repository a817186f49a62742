package org.medadwatch.detect.ad;

import java.util.ArrayList;
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
 * @param selfIntroduction   the page is a medical institution presenting itself with nothing that solicits
 *                           (no booking, consultation line, chat, price or purchase link, no approval number):
 *                           an objective introduction of the institution, its staff and services is no ad
 *                           (医疗广告认定指南), unless the page makes a claim the rules find. Only the
 *                           findings can settle it, so the caller does, with {@link #withoutClaims()}.
 */
public record AdAssessment(AdKind kind, double adProbability, double medicalProbability, List<String> reasons,
                           boolean selfIntroduction) {
    public AdAssessment {
        Objects.requireNonNull(kind, "kind");
        if (!(adProbability >= 0 && adProbability <= 1)) {
            throw new IllegalArgumentException("adProbability not in [0,1]: " + adProbability);
        }
        if (!(medicalProbability >= 0 && medicalProbability <= 1)) {
            throw new IllegalArgumentException("medicalProbability not in [0,1]: " + medicalProbability);
        }
        reasons = List.copyOf(reasons);
        if (selfIntroduction && kind != AdKind.MEDICAL_AD) {
            throw new IllegalArgumentException("only a medical ad can turn out a self-introduction: " + kind);
        }
    }

    /** A verdict that no self-introduction question hangs over. */
    public AdAssessment(AdKind kind, double adProbability, double medicalProbability, List<String> reasons) {
        this(kind, adProbability, medicalProbability, reasons, false);
    }

    /**
     * The verdict once the page is known to make no claim: a {@link #selfIntroduction()} becomes
     * {@link AdKind#NOT_AD}, with the reason; any other verdict is returned as it is.
     */
    public AdAssessment withoutClaims() {
        if (!selfIntroduction) {
            return this;
        }
        List<String> more = new ArrayList<>(reasons);
        more.add("no claim found on a medical institution's objective self-introduction "
                + "(医疗广告认定指南: institution, staff and services presented on its own site are no ad) -> NOT_AD");
        return new AdAssessment(AdKind.NOT_AD, adProbability, medicalProbability, more, false);
    }

    public boolean isAd() {
        return kind != AdKind.NOT_AD;
    }

    public boolean isMedicalAd() {
        return kind == AdKind.MEDICAL_AD;
    }
}
