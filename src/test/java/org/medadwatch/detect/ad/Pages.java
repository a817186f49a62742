package org.medadwatch.detect.ad;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;
import org.medadwatch.page.PageSignal;

/** Builds {@link ExtractedPage}s for tests: no extractor exists on this branch. */
final class Pages {
    private Pages() {
    }

    static ExtractedPage page(String advertiser, String title, String text, List<String> phones,
                              List<String> approvals, PageSignal... signals) {
        PageFacts facts = new PageFacts(Optional.ofNullable(advertiser), phones, approvals, Optional.empty());
        return new ExtractedPage("test:" + title, "UTF-8", title, text, Optional.empty(), facts, Set.of(signals));
    }
}
