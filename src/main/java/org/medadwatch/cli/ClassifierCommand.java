package org.medadwatch.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medadwatch.detect.ad.AdJudge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "classifier", description = "The is-it-an-ad document categorizer.", subcommands = ClassifierCommand.Train.class)
final class ClassifierCommand {

    @Command(name = "train", description = "Train the categorizer from labelled documents and write the model "
            + "(use it with --ad-model FILE).")
    static final class Train implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "FILE", description = "Training documents. Default: ${DEFAULT-VALUE}.")
        Path data = Path.of("rules", "classifier", "ad-training.txt");

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long start = System.nanoTime();
            AdJudge.train(data, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "model written to %s in %.1f s from %s%n",
                    out, (System.nanoTime() - start) / 1e9, data);
            return ExitCodes.OK;
        }
    }
}
