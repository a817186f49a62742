package org.medadwatch.detect.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.Finding;
import org.medadwatch.detect.Verdict;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.approval.ApprovalRegistry;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.PageCondition;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleLoader;
import org.medadwatch.detect.text.FoldedText;
import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.page.ExtractedPage;

/**
 * Chooses the per-category thresholds on samples/holdout3 with a model trained on every other
 * section of claims-training.txt, and compares one multi-class model with one binary model per
 * category. Not a test:
 * <pre>mvn -q -B test -Dtest=ClaimThresholdTool -Dmedadwatch.claimThresholds=true</pre>
 * Rule for a category: rank the holdout3 ad pages where the rules did not find it by their best
 * sentence's score; accept from the top while no page without that category is reached (precision
 * first: no false finding on holdout3); the threshold is the midpoint between the last accepted
 * score and the best wrong score, and never below {@link #FLOOR}. A category with nothing to
 * accept gets no threshold and is never boosted.
 */
@EnabledIfSystemProperty(named = "medadwatch.claimThresholds", matches = "true")
class ClaimThresholdTool {
    static final String VALIDATION = "holdout3";
    static final double FLOOR = 0.2;

    record Cand(Category c, double multi, double binary, boolean positive, String page, String sentence) {
    }

    @Test
    void choose() throws IOException {
        List<ClaimModel.Line> all = ClaimModel.parse("claims-training.txt",
                Files.readAllLines(ClaimsTrainingGenerator.OUT, StandardCharsets.UTF_8));
        List<ClaimModel.Line> train = all.stream().filter(l -> !l.source().equals(VALIDATION)).toList();
        ClaimModel multi = ClaimModel.train("multi", train);
        Map<Category, ClaimModel> binary = new EnumMap<>(Category.class);
        for (Category c : ClaimModel.CATEGORIES) {
            binary.put(c, ClaimModel.train("binary " + c, train.stream().map(l -> l.label().equals(c.name()) ? l
                    : new ClaimModel.Line(ClaimModel.NONE, l.text(), l.source())).toList()));
        }
        List<Rule> rules = RuleLoader.loadFolder(Path.of("rules"));
        Path dir = Path.of("samples", VALIDATION);
        Detector detector = new Detector(RuleMatcher.compile(rules), AdJudge.standard(),
                new ApprovalCheck(Optional.of(ApprovalRegistry.load(dir.resolve("approvals.csv"))),
                        LocalDate.parse("2026-11-01")), Optional.empty());
        PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());
        ObjectMapper json = new ObjectMapper();
        List<Cand> cands = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
            if (l.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(l);
            Path file = dir.resolve(label.get("file").asText());
            ExtractedPage page;
            try {
                page = extractor.extract(Files.readAllBytes(file), Optional.empty(), file.toString());
            } catch (Exception e) {
                throw new IOException(e);
            }
            Verdict v = detector.judge(page);
            if (!v.ad().isAd()) {
                continue;
            }
            Set<Category> found = EnumSet.noneOf(Category.class);
            v.findings().stream().map(Finding::category).forEach(found::add);
            Set<Category> expected = EnumSet.noneOf(Category.class);
            label.get("expected").forEach(e -> expected.add(Category.valueOf(e.get("category").asText())));
            Optional<String> advertiser = page.facts().advertiser().map(TextFolder::foldPhrase);
            FoldedText text = TextFolder.fold(page.text());
            for (Category c : ClaimModel.CATEGORIES) {
                if (found.contains(c) || !allowed(rules, c, advertiser, text.folded())) {
                    continue;
                }
                double bm = -1;
                double bb = -1;
                String best = "";
                for (ClaimBooster.Span s : ClaimBooster.sentences(text.folded())) {
                    String sentence = text.folded().substring(s.start(), s.end());
                    if (ClaimTokenizer.hanCount(sentence) < ClaimBooster.MIN_HAN) {
                        continue;
                    }
                    double m = multi.score(sentence)[c.ordinal()];
                    if (m > bm) {
                        bm = m;
                        best = sentence;
                    }
                    bb = Math.max(bb, binary.get(c).score(sentence)[c.ordinal()]);
                }
                cands.add(new Cand(c, bm, bb, expected.contains(c), file.getFileName().toString(), best));
            }
        }
        StringBuilder props = new StringBuilder("# Per-category thresholds of the claim booster, chosen on samples/holdout3 by\n"
                + "# src/test/java/org/medadwatch/detect/claims/ClaimThresholdTool.java (model trained without holdout3).\n"
                + "# A category not listed is never boosted.\n");
        int tpM = 0;
        int tpB = 0;
        for (Category c : ClaimModel.CATEGORIES) {
            List<Cand> cs = cands.stream().filter(x -> x.c() == c).toList();
            Accept m = accept(cs, true);
            Accept b = accept(cs, false);
            tpM += m.tp();
            tpB += b.tp();
            System.out.printf(Locale.ROOT, "%-30s cands %2d pos %2d | multi tp %d thr %.3f | binary tp %d thr %.3f%n",
                    c, cs.size(), cs.stream().filter(Cand::positive).count(), m.tp(), m.threshold(), b.tp(), b.threshold());
            cs.stream().sorted(Comparator.comparingDouble(Cand::multi).reversed()).limit(6).forEach(x ->
                    System.out.printf(Locale.ROOT, "    %s %.3f/%.3f %s %s%n", x.positive() ? "+" : "-", x.multi(),
                            x.binary(), x.page(), x.sentence().length() > 60 ? x.sentence().substring(0, 60) : x.sentence()));
            if (m.tp() > 0) {
                props.append(c.name()).append('=').append(String.format(Locale.ROOT, "%.3f", m.threshold())).append('\n');
            }
        }
        System.out.println("holdout3 pages gained at no false finding: multi " + tpM + ", binary " + tpB);
        Files.writeString(Path.of("target/claims-thresholds.properties"), props.toString(), StandardCharsets.UTF_8);
    }

    record Accept(int tp, double threshold) {
    }

    static Accept accept(List<Cand> cs, boolean multi) {
        List<Cand> sorted = new ArrayList<>(cs);
        sorted.sort(Comparator.comparingDouble((Cand x) -> multi ? x.multi() : x.binary()).reversed());
        int tp = 0;
        double last = Double.NaN;
        double wrong = 0;
        for (Cand x : sorted) {
            double s = multi ? x.multi() : x.binary();
            if (!x.positive()) {
                wrong = s;
                break;
            }
            tp++;
            last = s;
        }
        if (tp == 0) {
            return new Accept(0, Double.NaN);
        }
        double t = Math.max(FLOOR, (last + wrong) / 2);
        int kept = 0;
        for (Cand x : sorted) {
            if ((multi ? x.multi() : x.binary()) > t && x.positive()) {
                kept++;
            }
        }
        return new Accept(kept, t);
    }

    static boolean allowed(List<Rule> rules, Category c, Optional<String> advertiser, String foldedText) {
        List<PageCondition> when = rules.stream().filter(r -> r.category() == c).map(Rule::when).toList();
        return when.isEmpty() || when.stream().anyMatch(w -> w.holds(advertiser, foldedText));
    }
}
