package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** serve's schedule options: bad input is named and nothing is opened. */
class ServeCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String err) {
    }

    private Run serve(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 5];
        all[0] = "serve";
        all[1] = "--data";
        all[2] = dir.resolve("data").toString();
        all[3] = "--port";
        all[4] = "0";
        System.arraycopy(args, 0, all, 5, args.length);
        return new Run(cli.execute(all), err.toString());
    }

    private Path seeds() throws Exception {
        Path seeds = dir.resolve("seeds.csv");
        Files.writeString(seeds, "name,url,kind,region,max_pages,max_depth\n某医院,http://127.0.0.1:9/,site,110000,5,1\n",
                StandardCharsets.UTF_8);
        return seeds;
    }

    @Test
    void badScanTimeIsNamed() throws Exception {
        Run r = serve("--seeds", seeds().toString(), "--scan-at", "25:00");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--scan-at") && r.err().contains("HH:mm") && r.err().contains("'25:00'"), r.err());
        assertFalse(Files.exists(dir.resolve("data")), "nothing opened");
    }

    @Test
    void unknownTimeZoneIsNamed() throws Exception {
        Run r = serve("--seeds", seeds().toString(), "--time-zone", "Mars/Olympus");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--time-zone") && r.err().contains("'Mars/Olympus'"), r.err());
    }

    @Test
    void missingSeedFileIsNamedBeforeAnythingOpens() {
        Path missing = dir.resolve("no-such-seeds.csv");
        Run r = serve("--seeds", missing.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(missing + ":1: seed file not found"), r.err());
        assertFalse(Files.exists(dir.resolve("data")), "nothing opened");
    }

    @Test
    void scheduleOptionsWithoutSeedsAreRefused() {
        for (String[] args : new String[][] {{"--scan-now"}, {"--scan-at", "03:00"}, {"--time-zone", "UTC"}}) {
            Run r = serve(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.err().contains(args[0] + " needs --seeds FILE"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("data")), "nothing opened");
    }
}
