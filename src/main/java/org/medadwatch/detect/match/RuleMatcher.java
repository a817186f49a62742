package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.FoldedText;

/**
 * All rules compiled into one matcher, in the two phases of Lucene's monitor. One
 * Aho-Corasick pass finds every phrase of every rule — anchors, proximity and exception
 * phrases alike (the presearch); then only rules whose anchors occurred are verified around
 * each anchor, with proximity and exceptions answered from the pass's phrase index.
 */
public final class RuleMatcher {
    private final List<Rule> rules;
    private final CompiledRule[] compiled;
    private final List<String> phrases;     // anchors first, then proximity and exception phrases
    private final int anchorCount;
    private final PhraseAutomaton automaton;
    private final int[][] rulesByPhrase;   // phrase -> rules it anchors (empty for other phrases)
    private final HitVerifier verifier = new HitVerifier();

    private RuleMatcher(List<Rule> rules, Map<String, Integer> ids, int anchorCount, int[][] rulesByPhrase) {
        this.rules = List.copyOf(rules);
        this.phrases = List.copyOf(ids.keySet());
        this.anchorCount = anchorCount;
        this.rulesByPhrase = rulesByPhrase;
        int[] lengths = phrases.stream().mapToInt(String::length).toArray();
        this.compiled = new CompiledRule[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            compiled[r] = new CompiledRule(rule, r, rule.near().stream().map(g -> ids(ids, g)).toArray(int[][]::new),
                    ids(ids, rule.unless().before()), ids(ids, rule.unless().after()), ids(ids, rule.unless().sentence()),
                    lengths, patternStarts(rule).orElse(null),
                    requiredText(rule).stream().map(c -> ids(ids, List.copyOf(c))).toArray(int[][]::new));
        }
        this.automaton = PhraseAutomaton.build(phrases);
    }

    public static RuleMatcher compile(List<Rule> rules) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<List<Integer>> owners = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String anchor : rules.get(r).anchors()) {
                int id = id(ids, anchor);
                if (id == owners.size()) {
                    owners.add(new ArrayList<>());
                }
                if (!owners.get(id).contains(r)) {
                    owners.get(id).add(r);
                }
            }
        }
        int anchorCount = ids.size();
        for (Rule rule : rules) {
            rule.near().forEach(g -> ids(ids, g));
            ids(ids, rule.unless().before());
            ids(ids, rule.unless().after());
            ids(ids, rule.unless().sentence());
            requiredText(rule).forEach(c -> ids(ids, List.copyOf(c)));
        }
        int[][] byPhrase = new int[ids.size()][];
        for (int p = 0; p < byPhrase.length; p++) {
            byPhrase[p] = p < anchorCount ? owners.get(p).stream().mapToInt(Integer::intValue).toArray() : new int[0];
        }
        return new RuleMatcher(rules, ids, anchorCount, byPhrase);
    }

    private static int id(Map<String, Integer> ids, String phrase) {
        return ids.computeIfAbsent(phrase, k -> ids.size());
    }

    private static int[] ids(Map<String, Integer> ids, List<String> phrases) {
        return phrases.stream().mapToInt(p -> id(ids, p)).toArray();
    }

    /** What every match of the rule's pattern contains; see {@link RequiredText}. */
    static List<java.util.Set<String>> requiredText(Rule rule) {
        return rule.pattern().map(p -> RequiredText.of(p.pattern())).orElse(List.of());
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
        return phrases.subList(0, anchorCount);
    }

    /**
     * Every verified hit in {@code text}; per rule, hits do not overlap.
     *
     * @param foldedAdvertiser the page's advertiser, folded, for rules with a {@code when} condition
     */
    public List<RuleHit> match(FoldedText text, Optional<String> foldedAdvertiser) {
        Occurrences found = new Occurrences();
        automaton.scan(text.folded(), found);
        PageScan page = new PageScan(text.folded(),
                PhraseIndex.of(automaton.phraseCount(), found.phrases, found.starts, found.count), rules.size());
        Boolean[] applies = new Boolean[rules.size()];
        List<RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < found.count; i++) {
            int phrase = found.phrases[i];
            int start = found.starts[i];
            for (int r : rulesByPhrase[phrase]) {
                if (applies[r] == null) {
                    applies[r] = rules.get(r).when().holds(foldedAdvertiser);
                }
                if (applies[r]) {
                    verifier.verify(compiled[r], page, start, start + automaton.phraseLength(phrase))
                            .ifPresent(hits::add);
                }
            }
        }
        return withoutOverlaps(hits);
    }

    /**
     * The same answer without the presearch: every anchor of every rule looked for with
     * {@code indexOf}, exception and proximity phrases likewise. Slow; kept as the correctness
     * baseline the automaton is tested against, as Lucene's monitor keeps
     * {@code Presearcher.NO_FILTERING}.
     */
    public List<RuleHit> matchWithoutPresearch(FoldedText text, Optional<String> foldedAdvertiser) {
        String folded = text.folded();
        Occurrences found = new Occurrences();
        for (int p = 0; p < automaton.phraseCount(); p++) {
            String phrase = phrases.get(p);
            for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
                found.add(p, at);
            }
        }
        PageScan page = new PageScan(folded,
                PhraseIndex.of(automaton.phraseCount(), found.phrases, found.starts, found.count), rules.size());
        List<RuleHit> hits = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!rule.when().holds(foldedAdvertiser)) {
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

    /** Phrase occurrences of one page, in the order the automaton reports them. */
    private final class Occurrences implements PhraseAutomaton.HitSink {
        int[] phrases = new int[64];
        int[] starts = new int[64];
        int count;

        @Override
        public void hit(int phrase, int end) {
            add(phrase, end - automaton.phraseLength(phrase));
        }

        void add(int phrase, int start) {
            if (count == phrases.length) {
                phrases = Arrays.copyOf(phrases, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
            }
            phrases[count] = phrase;
            starts[count++] = start;
        }
    }
}
