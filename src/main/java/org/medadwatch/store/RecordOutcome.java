package org.medadwatch.store;

import java.util.List;
import java.util.Objects;

/**
 * What recording one observation changed.
 *
 * @param url            the page
 * @param stale          the store already holds a later capture of the page: nothing was recorded
 * @param contentChanged the content hash differs from the stored one (or the page is new)
 * @param rejudged       the content is unchanged but was judged again under another rules fingerprint
 * @param findingsNew    findings first seen now
 * @param findingsSeen   findings seen before (or gone and back) and seen again
 * @param findingsGone   findings the page no longer shows
 * @param cluesNew       numbers of the clues made now
 * @param cluesGone      numbers of the clues whose findings are now all gone
 */
public record RecordOutcome(String url, boolean stale, boolean contentChanged, boolean rejudged, int findingsNew,
                            int findingsSeen,
                            int findingsGone, List<String> cluesNew, List<String> cluesGone) {
    public RecordOutcome {
        Objects.requireNonNull(url, "url");
        cluesNew = List.copyOf(cluesNew);
        cluesGone = List.copyOf(cluesGone);
    }

    static RecordOutcome staleFor(String url) {
        return new RecordOutcome(url, true, false, false, 0, 0, 0, List.of(), List.of());
    }
}
