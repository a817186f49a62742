package org.medadwatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medadwatch.app.RuleBook;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.RuleExampleRunner;
import org.medadwatch.detect.rules.RuleLint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rules", description = "Work with the rule files.", subcommands = RulesCommand.Test.class)
final class RulesCommand {

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
