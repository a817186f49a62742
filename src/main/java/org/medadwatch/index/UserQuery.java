package org.medadwatch.index;

import java.util.ArrayList;
import java.util.List;

/**
 * An analyst's query string split into phrases, with no query syntax to get wrong: text in
 * double quotes is one phrase, otherwise each run of non-space text is one. Every phrase must
 * occur in the page. Characters that mean something to Lucene's parser ({@code : ( ) * ~ ^})
 * mean nothing here; the analyzer drops punctuation and keeps letters and digits.
 */
final class UserQuery {
    static final int MAX_CHARS = 500;
    static final int MAX_PHRASES = 16;

    private UserQuery() {
    }

    static List<String> phrases(String query) {
        String q = query.length() > MAX_CHARS ? query.substring(0, MAX_CHARS) : query;
        List<String> phrases = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                flush(current, phrases);
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || c == '\u3000')) {
                flush(current, phrases);
            } else if (!Character.isISOControl(c)) {
                current.append(c);
            }
        }
        flush(current, phrases);
        return phrases.size() > MAX_PHRASES ? phrases.subList(0, MAX_PHRASES) : phrases;
    }

    private static void flush(StringBuilder current, List<String> phrases) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            phrases.add(s);
        }
        current.setLength(0);
    }
}
