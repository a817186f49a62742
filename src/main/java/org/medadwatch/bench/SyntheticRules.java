package org.medadwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.medadwatch.detect.rules.Rule;

/**
 * Rules made up for scaling measurements: copies of real rules whose anchors are replaced by
 * random phrases drawn from the benchmark text's own characters (patterns dropped, as they
 * could never overlap the new anchors), so they cost what real
 * anchors cost in the automaton and occasionally hit.
 */
final class SyntheticRules {
    private SyntheticRules() {
    }

    static List<Rule> copies(List<Rule> rules, String sampleText, long seed) {
        Random random = new Random(seed);
        String chars = hanChars(sampleText);
        List<Rule> out = new ArrayList<>(rules.size());
        int n = 0;
        for (Rule r : rules) {
            List<String> anchors = new ArrayList<>();
            for (int i = 0; i < r.anchors().size(); i++) {
                StringBuilder a = new StringBuilder();
                int len = 2 + random.nextInt(3);
                for (int k = 0; k < len; k++) {
                    a.append(chars.charAt(random.nextInt(chars.length())));
                }
                anchors.add(a.toString());
            }
            out.add(new Rule("SYN-" + (n++), r.title(), r.category(), r.basis(), r.level(), r.status(), anchors,
                    Optional.empty(), r.near(), r.window(), r.unless(),
                    r.unlessWindow(), r.skipQuoted(), r.when(), r.falsePositives(), r.examples(), r.source()));
        }
        return out;
    }

    /** The text's Chinese characters, repeated as often as they occur, so draws follow their frequency. */
    private static String hanChars(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                sb.append(c);
            }
        }
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("benchmark text has no Chinese characters");
        }
        return sb.toString();
    }
}
