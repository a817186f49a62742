package org.medadwatch.cli;

import java.nio.file.Path;
import org.medadwatch.scan.DataFolder;
import picocli.CommandLine.Option;

/** The data folder option every command over stored scans shares. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder: medadwatch.db, index/, warc/. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("data");

    DataFolder folder() {
        return new DataFolder(data);
    }
}
