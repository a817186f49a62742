package org.medadwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.medadwatch.detect.match.DenseAutomaton;
import org.medadwatch.detect.match.PhraseAutomaton;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.FoldedText;
import org.medadwatch.detect.text.TextFolder;

/**
 * Detection throughput on one thread: folding plus rule matching over page text, against a
 * bare Aho-Corasick scan over the same anchors, and the same again with the rule count
 * doubled by synthetic rules. Each figure is the median of several timed rounds after
 * warm-up rounds, in CPU time of the measuring thread, so other load on the machine does
 * not count against it.
 */
public final class MatchBenchmark {
    /** One page as detection sees it: its text and the advertiser that rules' conditions read. */
    public record Page(String text, Optional<String> advertiser) {
    }

    /**
     * @param presearchMBps folding plus the anchor scan, no verification: the floor under detection's cost
     * @param candidates    (rule, anchor hit) pairs the presearch hands to verification over the whole text
     * @param doubledCandidates the same with the rule count doubled
     * @param doubledMBps   detection with the doubled rules, from the median of per-round ratios to {@code detectMBps}
     */
    public record Figures(int rules, int anchors, long textBytes, long textChars, double bareMBps, double foldMBps,
                          double presearchMBps, long candidates, double detectMBps, int doubledRules,
                          long doubledCandidates, double doubledMBps) {
        public double ratioToBare() {
            return detectMBps / bareMBps;
        }

        /** The best ratio detection could reach if verification cost nothing. */
        public double presearchRatioToBare() {
            return presearchMBps / bareMBps;
        }

        public double candidatesPerMB() {
            return candidates / (textBytes / 1e6);
        }

        /** How much slower detection gets when the rule count doubles: 0.1 = 10% slower. */
        public double doublingCost() {
            return detectMBps / doubledMBps - 1;
        }
    }

    /** What one rule costs alone over the pages, folding excluded, and how many anchor hits it verified. */
    public record RuleCost(String ruleId, double millis, long candidates) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final int warmups;
    private final int rounds;

    public MatchBenchmark(int warmups, int rounds) {
        this.warmups = warmups;
        this.rounds = rounds;
    }

    public Figures run(List<Rule> rules, List<Page> pages) {
        RuleMatcher matcher = RuleMatcher.compile(rules);
        List<Rule> doubledSet = new ArrayList<>(rules);
        doubledSet.addAll(SyntheticRules.copies(rules, String.join("", pages.stream().map(Page::text).toList()), 7));
        RuleMatcher doubled = RuleMatcher.compile(doubledSet);
        DenseAutomaton bare = DenseAutomaton.of(PhraseAutomaton.build(matcher.anchors()));
        long bytes = pages.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = pages.stream().mapToLong(p -> p.text().length()).sum();
        double mb = bytes / 1e6;
        long candidates = pages.stream().mapToLong(p -> presearch(matcher, p)).sum();
        long doubledCandidates = pages.stream().mapToLong(p -> presearch(doubled, p)).sum();
        // Interleaved rounds: drift on a shared machine then moves every figure of a round alike,
        // and the doubling cost is read per round, as a ratio of two neighbouring timings.
        double[][] seconds = interleaved(pages, p -> bare.count(p.text()), p -> TextFolder.fold(p.text()).length(),
                p -> presearch(matcher, p), p -> detect(matcher, p), p -> detect(doubled, p));
        double[] doublingRatios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            doublingRatios[r] = seconds[4][r] / seconds[3][r];
        }
        double detectSeconds = median(seconds[3]);
        return new Figures(rules.size(), matcher.anchors().size(), bytes, chars, mb / median(seconds[0]),
                mb / median(seconds[1]), mb / median(seconds[2]), candidates, mb / detectSeconds, doubledSet.size(),
                doubledCandidates, mb / (detectSeconds * median(doublingRatios)));
    }

    /** Each rule alone, most expensive first: where to look when detection gets slow. */
    public List<RuleCost> perRule(List<Rule> rules, List<Page> pages) {
        List<FoldedText> folded = pages.stream().map(p -> TextFolder.fold(p.text())).toList();
        double folding = median(p -> TextFolder.fold(p.text()).length(), pages);
        List<RuleCost> costs = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMatcher one = RuleMatcher.compile(List.of(rule));
            PhraseAutomaton anchors = PhraseAutomaton.build(one.anchors());
            long candidates = folded.stream().mapToLong(t -> anchors.count(t.folded())).sum();
            double seconds = median(p -> detect(one, p), pages);
            costs.add(new RuleCost(rule.id(), Math.max(0, seconds - folding) * 1e3, candidates));
        }
        costs.sort(Comparator.comparingDouble(RuleCost::millis).reversed());
        return costs;
    }

    private static long detect(RuleMatcher matcher, Page page) {
        return matcher.match(TextFolder.fold(page.text()), page.advertiser().map(TextFolder::foldPhrase)).size();
    }

    private static long presearch(RuleMatcher matcher, Page page) {
        return matcher.candidates(TextFolder.fold(page.text()), page.advertiser().map(TextFolder::foldPhrase));
    }

    private double median(ToLongFunction<Page> work, List<Page> pages) {
        return median(interleaved(pages, work)[0]);
    }

    /** Seconds of CPU time per round ({@code [work][round]}), the works taking turns within each round. */
    @SafeVarargs
    private double[][] interleaved(List<Page> pages, ToLongFunction<Page>... works) {
        long sink = 0;
        for (ToLongFunction<Page> work : works) {
            for (int i = 0; i < warmups; i++) {
                sink += runOnce(work, pages);
            }
        }
        double[][] seconds = new double[works.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int w = 0; w < works.length; w++) {
                long start = THREADS.getCurrentThreadCpuTime();
                sink += runOnce(works[w], pages);
                seconds[w][r] = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
            }
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable: keeps the JIT from discarding the work");
        }
        return seconds;
    }

    private static long runOnce(ToLongFunction<Page> work, List<Page> pages) {
        long sink = 0;
        for (Page p : pages) {
            sink += work.applyAsLong(p);
        }
        return sink;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
