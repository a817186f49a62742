package org.medadwatch.detect.ad;

import java.util.List;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageSignal;

/** PLACEHOLDER until the OpenNLP categorizer lands: structure signals and advertiser names only. */
public final class AdJudge {
    public static AdJudge standard() {
        return new AdJudge();
    }

    public AdAssessment assess(ExtractedPage page) {
        String who = page.facts().advertiser().orElse("");
        boolean editorial = who.matches(".*(局|委员会|网|报|论坛|社区|政府)$");
        boolean solicits = page.signals().contains(PageSignal.BOOKING_FORM) || page.signals().contains(PageSignal.CONSULT_WIDGET);
        if (editorial && !solicits) {
            return new AdAssessment(AdKind.NOT_AD, 0.1, 0.1, List.of("placeholder: editorial advertiser"));
        }
        boolean medical = !page.facts().approvalNumbers().isEmpty() || who.matches(".*(医院|门诊部|诊所|药房|医疗|生物|药业).*")
                || page.text().matches("(?s).*(玻尿酸|肉毒|水光针|溶脂针|埋线|保健食品).*");
        return new AdAssessment(medical ? AdKind.MEDICAL_AD : AdKind.NON_MEDICAL_AD, 0.9, medical ? 0.9 : 0.1,
                List.of("placeholder"));
    }
}
