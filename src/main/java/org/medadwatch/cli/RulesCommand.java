package org.medadwatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medadwatch.app.RuleBook;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.match.Rejection;
import org.medadwatch.detect.match.RuleHit;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleExampleRunner;
import org.medadwatch.detect.rules.RuleLint;
import org.medadwatch.detect.text.FoldedText;
import org.medadwatch.detect.text.TextFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", description = "Work with the rule files.",
        subcommands = {RulesCommand.Test.class, RulesCommand.Try.class})
final class RulesCommand {

    /**
     * What an analyst editing a rule asks first: does my sentence match now, and which rule
     * quotes what. Rules alone: whether a page is an ad at all is decided by {@code analyze}.
     */
    @Command(name = "try", description = "Show the rules that match each text and the evidence they quote "
            + "(rules alone; analyze also decides whether a page is an ad).")
    static final class Try implements Callable<Integer> {
        @Mixin
        DetectorOptions options = new DetectorOptions();

        @Option(names = "--advertiser", paramLabel = "NAME",
                description = "The page's advertiser, for rules with a 'when' condition (default: unknown).")
        String advertiser;

        @Option(names = "--why", description = "Also say, for each rule an anchor of which occurs but which did not "
                + "match, which check turned it down.")
        boolean why;

        @Option(names = "--rule", paramLabel = "ID", description = "Show only this rule (repeatable); with --why, "
                + "also say when none of its anchors occurs.")
        List<String> only = List.of();

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Sentences or paragraphs to match.")
        List<String> texts;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Rule> rules = options.ruleBook().rules();
            Set<String> ids = rules.stream().map(Rule::id).collect(Collectors.toSet());
            List<String> unknown = only.stream().filter(id -> !ids.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no rule has the id " + String.join(", ", unknown));
            }
            RuleMatcher matcher = RuleMatcher.compile(rules);
            Optional<String> foldedAdvertiser = Optional.ofNullable(advertiser).map(TextFolder::foldPhrase);
            for (String text : texts) {
                out.println(text);
                FoldedText folded = TextFolder.fold(text);
                List<RuleHit> hits = matcher.match(folded, foldedAdvertiser).stream().filter(h -> shown(h.rule())).toList();
                if (hits.isEmpty()) {
                    out.println("  no rule matches");
                }
                for (RuleHit h : hits) {
                    out.printf(Locale.ROOT, "  %-30s %s (%s)  「%s」%n", h.rule().category(), h.rule().id(),
                            h.rule().level().name().toLowerCase(Locale.ROOT), folded.originalSpan(h.start(), h.end()));
                }
                if (why) {
                    explain(out, matcher, folded, hits, foldedAdvertiser);
                }
            }
            out.flush();
            return ExitCodes.OK;
        }

        private boolean shown(Rule rule) {
            return only.isEmpty() || only.contains(rule.id());
        }

        private void explain(PrintWriter out, RuleMatcher matcher, FoldedText folded, List<RuleHit> hits,
                             Optional<String> foldedAdvertiser) {
            Map<Rule, List<Rejection>> byRule = new LinkedHashMap<>();
            matcher.rejections(folded, foldedAdvertiser).stream().filter(r -> shown(r.rule()))
                    .forEach(r -> byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r));
            for (Map.Entry<Rule, List<Rejection>> e : byRule.entrySet()) {
                out.printf(Locale.ROOT, "  not %s (%s):%n", e.getKey().id(), e.getKey().category());
                e.getValue().stream().map(r -> "    「" + folded.originalSpan(r.anchorStart(), r.anchorEnd()) + "」: "
                        + RejectionText.of(r, folded, foldedAdvertiser)).distinct().forEach(out::println);
            }
            for (String id : only) {
                boolean said = hits.stream().anyMatch(h -> h.rule().id().equals(id))
                        || byRule.keySet().stream().anyMatch(r -> r.id().equals(id));
                if (!said) {
                    out.printf(Locale.ROOT, "  not %s: none of its anchors occurs in the folded text 「%s」%n", id,
                            folded.folded());
                }
            }
        }
    }

    @Command(name = "test", description = "Lint the rules, run every rule's own examples and the benign baseline.")
    static final class Test implements Callable<Integer> {
        @Mixin
        DetectorOptions options = new DetectorOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleBook book = options.ruleBook();
            Map<Category, Long> perCategory = new TreeMap<>(book.rules().stream()
                    .collect(Collectors.groupingBy(r -> r.category(), Collectors.counting())));
            out.println(book.rules().size() + " rules from " + book.folder() + ", " + book.baseline().size() + " baseline lines");
            perCategory.forEach((c, n) -> out.printf("  %-32s %3d%n", c, n));
            List<String> lint = RuleLint.check(book.rules());
            lint.forEach(p -> out.println("lint: " + p));
            RuleExampleRunner.Report report = new RuleExampleRunner(RuleMatcher.compile(book.rules())).run(book.baseline());
            report.failures().forEach(f -> out.println("FAIL " + f));
            report.todos().forEach(t -> out.println("todo " + t));
            int failed = report.failures().size() + lint.size();
            out.println((report.checked() - report.failures().size()) + " passed, " + failed + " failed"
                    + (report.todos().isEmpty() ? "" : ", " + report.todos().size() + " todo"));
            return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
