package org.medadwatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueSheetCsv;
import org.medadwatch.store.ClueFilter;
import org.medadwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write the clue sheet (线索表).")
final class ExportCommand implements Callable<Integer> {
    enum Format { csv }

    @Option(names = "--format", description = "Sheet format. Default: ${DEFAULT-VALUE}.")
    Format format = Format.csv;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the sheet.")
    Path out;

    @Mixin
    DataOptions data = new DataOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Store store = Store.open(data.folder().root())) {
            List<ClueRow> rows = store.clues().sheet(ClueFilter.all());
            ClueSheetCsv.write(rows, out);
            spec.commandLine().getOut().println(rows.size() + " clue(s) written to " + out);
        }
        return ExitCodes.OK;
    }
}
