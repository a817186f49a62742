package org.medadwatch.app;

import org.medadwatch.detect.Verdict;
import org.medadwatch.page.ExtractedPage;

/** One judged page: what extraction read and what detection decided. */
public record PageReport(ExtractedPage page, Verdict verdict) {
}
