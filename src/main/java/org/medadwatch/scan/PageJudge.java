package org.medadwatch.scan;

import java.util.Optional;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.Verdict;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;
import org.medadwatch.page.ExtractedPage;

/** Extraction and detection of one fetched body: the CPU work of the pipeline, run on crawler threads. */
final class PageJudge {
    private final PageExtractor extractor;
    private final Detector detector;

    PageJudge(PageExtractor extractor, Detector detector) {
        this.extractor = extractor;
        this.detector = detector;
    }

    /** The page read and judged. */
    record Judged(ExtractedPage page, Verdict verdict) {
    }

    Judged judge(byte[] body, Optional<String> contentType, String url) throws PageRejectedException {
        ExtractedPage page = extractor.extract(body, contentType, url);
        Verdict verdict = detector.judge(page);
        return new Judged(verdict.reading(page), verdict);
    }
}
