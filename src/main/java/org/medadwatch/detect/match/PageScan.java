package org.medadwatch.detect.match;

import java.util.regex.Matcher;

/**
 * What verification needs of one page: its folded text, where every phrase occurs, and one
 * reusable regex matcher per rule (made on first use: most rules never reach their pattern).
 */
final class PageScan {
    private final String text;
    private final PhraseIndex index;
    private final Matcher[] matchers;

    PageScan(String text, PhraseIndex index, int ruleCount) {
        this.text = text;
        this.index = index;
        this.matchers = new Matcher[ruleCount];
    }

    String text() {
        return text;
    }

    PhraseIndex index() {
        return index;
    }

    /** The rule's pattern matcher over this page, transparent bounds so lookarounds see past the window. */
    Matcher matcher(CompiledRule rule) {
        Matcher m = matchers[rule.position()];
        if (m == null) {
            m = rule.rule().pattern().orElseThrow().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[rule.position()] = m;
        }
        return m;
    }
}
