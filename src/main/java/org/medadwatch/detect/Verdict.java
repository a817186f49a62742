package org.medadwatch.detect;

import java.util.List;
import org.medadwatch.detect.ad.AdAssessment;
import org.medadwatch.detect.ad.AdKind;

/** What detection makes of one page: the kind of page and every violation on it. */
public record Verdict(AdAssessment ad, List<Finding> findings) {
    public Verdict {
        findings = List.copyOf(findings);
    }

    public boolean isMedicalAd() {
        return ad.kind() == AdKind.MEDICAL_AD;
    }
}
