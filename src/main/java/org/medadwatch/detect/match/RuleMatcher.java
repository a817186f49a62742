package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.FoldedText;

/**
 * All rules compiled into one matcher, in the two phases of Lucene's monitor: one
 * Aho-Corasick pass finds every rule's anchors (the presearch), then only the rules whose
 * anchors occurred are verified around each anchor (pattern, proximity, exceptions).
 */
public final class RuleMatcher {
    private final List<Rule> rules;
    private final PhraseAutomaton automaton;
    private final int[][] rulesByPhrase;
    private final HitVerifier verifier = new HitVerifier();

    private RuleMatcher(List<Rule> rules, PhraseAutomaton automaton, int[][] rulesByPhrase) {
        this.rules = rules;
        this.automaton = automaton;
        this.rulesByPhrase = rulesByPhrase;
    }

    public static RuleMatcher compile(List<Rule> rules) {
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String anchor : rules.get(r).anchors()) {
                List<Integer> list = owners.computeIfAbsent(anchor, k -> new ArrayList<>());
                if (!list.contains(r)) {
                    list.add(r);
                }
            }
        }
        List<String> phrases = List.copyOf(owners.keySet());
        int[][] byPhrase = new int[phrases.size()][];
        for (int p = 0; p < phrases.size(); p++) {
            byPhrase[p] = owners.get(phrases.get(p)).stream().mapToInt(Integer::intValue).toArray();
        }
        return new RuleMatcher(List.copyOf(rules), PhraseAutomaton.build(phrases), byPhrase);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The bare presearch automaton, for benchmarks that compare against it. */
    public PhraseAutomaton automaton() {
        return automaton;
    }

    /**
     * Every verified hit in {@code text}; per rule, hits do not overlap.
     *
     * @param foldedAdvertiser the page's advertiser, folded, for rules with a {@code when} condition
     */
    public List<RuleHit> match(FoldedText text, Optional<String> foldedAdvertiser) {
        String folded = text.folded();
        Boolean[] applies = new Boolean[rules.size()];
        List<RuleHit> hits = new ArrayList<>();
        automaton.scan(folded, (phrase, end) -> {
            int start = end - automaton.phraseLength(phrase);
            for (int r : rulesByPhrase[phrase]) {
                Rule rule = rules.get(r);
                if (applies[r] == null) {
                    applies[r] = rule.when().holds(foldedAdvertiser);
                }
                if (applies[r]) {
                    verifier.verify(rule, folded, start, end).ifPresent(hits::add);
                }
            }
        });
        return withoutOverlaps(hits);
    }

    /**
     * The same answer without the presearch: every anchor of every rule looked for with
     * {@code indexOf}. Slow; kept as the correctness baseline the automaton is tested against,
     * as Lucene's monitor keeps {@code Presearcher.NO_FILTERING}.
     */
    public List<RuleHit> matchWithoutPresearch(FoldedText text, Optional<String> foldedAdvertiser) {
        String folded = text.folded();
        List<RuleHit> hits = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.when().holds(foldedAdvertiser)) {
                continue;
            }
            for (String anchor : rule.anchors()) {
                for (int at = folded.indexOf(anchor); at >= 0; at = folded.indexOf(anchor, at + 1)) {
                    verifier.verify(rule, folded, at, at + anchor.length()).ifPresent(hits::add);
                }
            }
        }
        return withoutOverlaps(hits);
    }

    private static List<RuleHit> withoutOverlaps(List<RuleHit> hits) {
        RuleHit[] sorted = hits.toArray(RuleHit[]::new);
        Arrays.sort(sorted, Comparator.comparing((RuleHit h) -> h.rule().id()).thenComparingInt(RuleHit::start)
                .thenComparingInt(h -> -h.end()));
        List<RuleHit> out = new ArrayList<>();
        RuleHit last = null;
        for (RuleHit h : sorted) {
            if (last != null && last.rule() == h.rule() && h.start() < last.end()) {
                continue;
            }
            out.add(h);
            last = h;
        }
        out.sort(Comparator.comparingInt(RuleHit::start));
        return out;
    }
}
