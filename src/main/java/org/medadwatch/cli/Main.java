package org.medadwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one runnable entry point: {@code java -jar target/medadwatch.jar COMMAND}. */
@Command(name = "medadwatch", mixinStandardHelpOptions = true, version = "MedAd Watch 0.1",
        description = "Finds illegal medical advertising on web pages.",
        subcommands = {DemoCommand.class, AnalyzeCommand.class, ScanCommand.class, ServeCommand.class, UserCommand.class, SearchCommand.class, ExportCommand.class,
                EvidenceCommand.class, RulesCommand.class, BenchCommand.class, ClassifierCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command tree; a rule file, registry or option that cannot be used ends it with one line and exit 2. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("medadwatch: " + e.getMessage());
            return ExitCodes.CONFIG;
        });
        return cli;
    }
}
