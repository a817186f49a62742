package org.medadwatch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage as plain text with the matched text between 【 and 】 (adjacent or
 * overlapping matches, as bigrams of one phrase are, joined into one mark), line breaks as
 * spaces. Returns a {@code List<String>}, one per passage.
 */
final class BracketPassageFormatter extends PassageFormatter {
    static final String OPEN = "【";
    static final String CLOSE = "】";

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            StringBuilder sb = new StringBuilder();
            int pos = p.getStartOffset();
            int i = 0;
            while (i < p.getNumMatches()) {
                int start = Math.max(p.getMatchStarts()[i], pos);
                int end = p.getMatchEnds()[i];
                // merge the following matches that touch or overlap this one
                while (i + 1 < p.getNumMatches() && p.getMatchStarts()[i + 1] <= end) {
                    i++;
                    end = Math.max(end, p.getMatchEnds()[i]);
                }
                if (end > pos) {
                    sb.append(content, pos, start).append(OPEN).append(content, start, end).append(CLOSE);
                    pos = end;
                }
                i++;
            }
            sb.append(content, pos, Math.max(pos, p.getEndOffset()));
            out.add(sb.toString().replace('\r', ' ').replace('\n', ' ').strip());
        }
        return out;
    }
}
