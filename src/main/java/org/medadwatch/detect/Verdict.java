package org.medadwatch.detect;

import java.util.List;
import org.medadwatch.detect.ad.AdAssessment;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.page.ExtractedPage;

/** What detection makes of one page: the kind of page and every violation on it. */
public record Verdict(AdAssessment ad, List<Finding> findings) {
    public Verdict {
        findings = List.copyOf(findings);
    }

    public boolean isMedicalAd() {
        return ad.kind() == AdKind.MEDICAL_AD;
    }

    /** The page as this verdict reads it: an ad is the business it promotes, a host's page stays the host's. */
    public ExtractedPage reading(ExtractedPage page) {
        return ad.isAd() ? page.asAd() : page;
    }
}
