package org.medadwatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.medadwatch.evidence.EvidenceVerifier;
import org.medadwatch.evidence.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "evidence", description = "The WARC evidence of fetched pages.", subcommands = EvidenceCommand.Verify.class)
final class EvidenceCommand {

    @Command(name = "verify", description = "Re-check every record's SHA-256 digest; name any record that no longer matches.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            VerifyReport report = new EvidenceVerifier().verify(data.folder().warc());
            report.problems().forEach(p -> out.println("PROBLEM " + p));
            out.println(report.records() + " record(s) checked, " + report.problems().size() + " problem(s)");
            return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
