package org.medadwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medadwatch.app.Analyzer;
import org.medadwatch.app.RuleBook;
import org.medadwatch.extract.ExtractionLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", description = "Judge saved HTML pages (files or folders) offline.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { jsonl, text }

    @Mixin
    DetectorOptions options = new DetectorOptions();

    @Option(names = "--format", description = "jsonl (machine contract) or text (for people). Default: ${DEFAULT-VALUE}.")
    Format format = Format.jsonl;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleBook book = options.ruleBook();
        Analyzer analyzer = new Analyzer(ExtractionLimits.defaults(), options.detector(book));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportWriter writer = format == Format.jsonl ? new JsonlReportWriter(out) : new TextReportWriter(out);
        int[] failed = {0};
        analyzer.analyze(Analyzer.pages(paths), report -> {
            report.page().warnings().forEach(w -> err.println("medadwatch analyze: " + report.page().source() + ": " + w));
            writer.write(report);
            out.flush();
        }, failure -> {
            failed[0]++;
            err.println("medadwatch analyze: " + failure.reason());
            err.flush();
        });
        if (failed[0] > 0) {
            err.println("medadwatch analyze: " + failed[0] + " page(s) could not be judged");
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }
}
