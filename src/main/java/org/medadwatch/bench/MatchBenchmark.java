package org.medadwatch.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.medadwatch.detect.match.PhraseAutomaton;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.TextFolder;

/**
 * Detection throughput on one thread: folding plus rule matching over page text, against a
 * bare Aho-Corasick scan over the same anchors, and the same again with the rule count
 * doubled by synthetic rules. Each figure is the median of several timed rounds after
 * warm-up rounds.
 */
public final class MatchBenchmark {
    public record Figures(int rules, int anchors, long textBytes, long textChars,
                          double bareMBps, double foldMBps, double detectMBps, double doubledRules, double doubledMBps) {
        public double ratioToBare() {
            return detectMBps / bareMBps;
        }

        /** How much slower detection gets when the rule count doubles: 0.1 = 10% slower. */
        public double doublingCost() {
            return detectMBps / doubledMBps - 1;
        }
    }

    private final int warmups;
    private final int rounds;

    public MatchBenchmark(int warmups, int rounds) {
        this.warmups = warmups;
        this.rounds = rounds;
    }

    /** @param pageTexts the visible text of each page; each is folded and matched as one page */
    public Figures run(List<Rule> rules, List<String> pageTexts) {
        RuleMatcher matcher = RuleMatcher.compile(rules);
        List<Rule> doubledSet = new ArrayList<>(rules);
        doubledSet.addAll(SyntheticRules.copies(rules, String.join("", pageTexts), 7));
        RuleMatcher doubled = RuleMatcher.compile(doubledSet);
        PhraseAutomaton bare = PhraseAutomaton.build(matcher.anchors());
        long bytes = pageTexts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = pageTexts.stream().mapToLong(String::length).sum();
        double bareSeconds = median(t -> bare.count(t), pageTexts);
        double foldSeconds = median(t -> TextFolder.fold(t).length(), pageTexts);
        double detectSeconds = median(t -> matcher.match(TextFolder.fold(t), Optional.empty()).size(), pageTexts);
        double doubledSeconds = median(t -> doubled.match(TextFolder.fold(t), Optional.empty()).size(), pageTexts);
        double mb = bytes / 1e6;
        return new Figures(rules.size(), bare.phraseCount(), bytes, chars, mb / bareSeconds, mb / foldSeconds, mb / detectSeconds,
                doubledSet.size(), mb / doubledSeconds);
    }

    private double median(ToLongFunction<String> work, List<String> texts) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            for (String t : texts) {
                sink += work.applyAsLong(t);
            }
        }
        double[] seconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (String t : texts) {
                sink += work.applyAsLong(t);
            }
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        if (sink == Long.MIN_VALUE) {
            System.err.print(""); // keeps the JIT from discarding the work
        }
        java.util.Arrays.sort(seconds);
        return seconds[rounds / 2];
    }
}
