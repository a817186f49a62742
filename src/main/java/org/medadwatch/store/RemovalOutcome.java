package org.medadwatch.store;

import java.util.List;

/**
 * What recording a removal changed.
 *
 * @param pagesRemoved URLs that were live and are now recorded removed (none when already removed)
 * @param findingsGone findings those pages showed, now gone
 * @param cluesGone    numbers of the clues whose findings are now all gone: evidence for 回头看
 */
public record RemovalOutcome(List<String> pagesRemoved, int findingsGone, List<String> cluesGone) {
    public RemovalOutcome {
        pagesRemoved = List.copyOf(pagesRemoved);
        cluesGone = List.copyOf(cluesGone);
    }
}
