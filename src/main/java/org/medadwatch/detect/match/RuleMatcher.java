package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medadwatch.detect.rules.PageCondition;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.FoldedText;

/**
 * All rules compiled into one matcher, in the two phases of Lucene's monitor. One
 * Aho-Corasick pass finds every anchor of every rule (the presearch); then only rules whose
 * anchors occurred are verified, each around its anchor hits, where proximity, exception and
 * pattern are looked for in the few dozen characters they may occupy.
 */
public final class RuleMatcher {
    private final List<Rule> rules;
    private final CompiledRule[] compiled;
    private final List<String> anchors;
    private final PhraseAutomaton automaton;
    private final int[][] rulesByAnchor;
    private final HitVerifier verifier = new HitVerifier();
    // Rule -> its page condition's index among the distinct ones: rules sharing a condition (the eight of a
    // YAML alias) share its answer, so a page is read for it once.
    private final int[] conditionOf;
    private final int conditionCount;

    private RuleMatcher(List<Rule> rules, List<String> anchors, int[][] rulesByAnchor) {
        this.rules = List.copyOf(rules);
        this.anchors = List.copyOf(anchors);
        this.rulesByAnchor = rulesByAnchor;
        this.compiled = new CompiledRule[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            compiled[r] = CompiledRule.of(rules.get(r), r);
        }
        this.automaton = PhraseAutomaton.build(anchors);
        Map<PageCondition, Integer> distinct = new HashMap<>();
        this.conditionOf = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            Integer known = distinct.putIfAbsent(rules.get(r).when(), distinct.size());
            conditionOf[r] = known != null ? known : distinct.size() - 1;
        }
        this.conditionCount = distinct.size();
    }

    public static RuleMatcher compile(List<Rule> rules) {
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String anchor : rules.get(r).anchors()) {
                List<Integer> of = owners.computeIfAbsent(anchor, k -> new ArrayList<>());
                if (!of.contains(r)) {
                    of.add(r);
                }
            }
        }
        int[][] byAnchor = owners.values().stream().map(o -> o.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        return new RuleMatcher(rules, List.copyOf(owners.keySet()), byAnchor);
    }

    /** The characters a match of the rule's pattern can start with, where they can be read off the pattern. */
    public static Optional<BitSet> patternStarts(Rule rule) {
        return rule.pattern().flatMap(p -> PatternStarts.of(p.pattern()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every distinct anchor of every rule: what a bare presearch would look for. */
    public List<String> anchors() {
        return anchors;
    }

    /**
     * Every verified hit in {@code text}; per rule, hits do not overlap.
     *
     * @param foldedAdvertiser the page's advertiser, folded, for rules with a {@code when} condition
     */
    public List<RuleHit> match(FoldedText text, Optional<String> foldedAdvertiser) {
        Occurrences found = new Occurrences();
        automaton.scan(text.folded(), found);
        PageScan page = new PageScan(text.folded(), rules.size());
        byte[] applies = new byte[conditionCount];
        List<RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < found.count; i++) {
            int anchor = found.anchors[i];
            int start = found.starts[i];
            for (int r : rulesByAnchor[anchor]) {
                if (applies(r, applies, foldedAdvertiser, text.folded())) {
                    verifier.verify(compiled[r], page, start, start + automaton.phraseLength(anchor)).ifPresent(hits::add);
                }
            }
        }
        return withoutOverlaps(hits);
    }

    /**
     * Why rules with no hit in {@code text} stayed silent: for each of their anchor hits, the
     * check that turned it down. What {@code rules try --why} shows an analyst; not on the
     * detection path, which does not keep reasons.
     */
    public List<Rejection> rejections(FoldedText text, Optional<String> foldedAdvertiser) {
        Set<Rule> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        Occurrences found = new Occurrences();
        automaton.scan(text.folded(), found);
        PageScan page = new PageScan(text.folded(), rules.size());
        List<Rejection> out = new ArrayList<>();
        for (int i = 0; i < found.count; i++) {
            int start = found.starts[i];
            int end = start + automaton.phraseLength(found.anchors[i]);
            for (int r : rulesByAnchor[found.anchors[i]]) {
                Rule rule = rules.get(r);
                if (!rule.when().holds(foldedAdvertiser, text.folded())) {
                    out.add(new Rejection(rule, start, end, Rejection.Reason.NOT_THIS_ADVERTISER, start, end, List.of()));
                    continue;
                }
                verifier.verify(compiled[r], page, start, end, (reason, from, to, phrases) ->
                        out.add(new Rejection(rule, start, end, reason, from, to, phrases))).ifPresent(h -> matched.add(rule));
            }
        }
        // a rule that matched somewhere on the page needs no explaining
        out.removeIf(rejection -> matched.contains(rejection.rule()));
        return out;
    }

    /**
     * The presearch alone: how many (rule, anchor hit) pairs {@link #match} would verify in
     * {@code text}. What detection costs before any verification, for the benchmark.
     */
    public long candidates(FoldedText text, Optional<String> foldedAdvertiser) {
        Occurrences found = new Occurrences();
        automaton.scan(text.folded(), found);
        byte[] applies = new byte[conditionCount];
        long candidates = 0;
        for (int i = 0; i < found.count; i++) {
            for (int r : rulesByAnchor[found.anchors[i]]) {
                candidates += applies(r, applies, foldedAdvertiser, text.folded()) ? 1 : 0;
            }
        }
        return candidates;
    }

    /**
     * Whether rule {@code r}'s page condition holds, asked once per page and condition: {@code memo}
     * holds, per condition, 0 for not yet asked, 1 for holds, 2 for does not.
     */
    private boolean applies(int r, byte[] memo, Optional<String> foldedAdvertiser, String foldedText) {
        int c = conditionOf[r];
        if (memo[c] == 0) {
            memo[c] = rules.get(r).when().holds(foldedAdvertiser, foldedText) ? (byte) 1 : (byte) 2;
        }
        return memo[c] == 1;
    }

    /**
     * The same answer without the presearch: every anchor of every rule looked for with
     * {@code indexOf}. Slow; kept as the correctness baseline the automaton is tested against,
     * as Lucene's monitor keeps {@code Presearcher.NO_FILTERING}.
     */
    public List<RuleHit> matchWithoutPresearch(FoldedText text, Optional<String> foldedAdvertiser) {
        String folded = text.folded();
        PageScan page = new PageScan(folded, rules.size());
        List<RuleHit> hits = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!rule.when().holds(foldedAdvertiser, text.folded())) {
                continue;
            }
            for (String anchor : rule.anchors()) {
                for (int at = folded.indexOf(anchor); at >= 0; at = folded.indexOf(anchor, at + 1)) {
                    verifier.verify(compiled[r], page, at, at + anchor.length()).ifPresent(hits::add);
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

    /** Anchor occurrences of one page, in the order the automaton reports them. */
    private final class Occurrences implements PhraseAutomaton.HitSink {
        int[] anchors = new int[64];
        int[] starts = new int[64];
        int count;

        @Override
        public void hit(int anchor, int end) {
            if (count == anchors.length) {
                anchors = Arrays.copyOf(anchors, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
            }
            anchors[count] = anchor;
            starts[count++] = end - automaton.phraseLength(anchor);
        }
    }
}
