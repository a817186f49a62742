package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.Category;
import org.medadwatch.index.IndexedPage;
import org.medadwatch.index.PageIndex;
import picocli.CommandLine;

/** search from the shell beside a process that holds the index (serve, a scan). */
class SearchCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run search(String... query) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = new String[query.length + 3];
        args[0] = "search";
        args[1] = "--data";
        args[2] = dir.resolve("data").toString();
        System.arraycopy(query, 0, args, 3, query.length);
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private static IndexedPage page(String url, String title, String text, Category... categories) {
        return new IndexedPage(url, "www.example.cn", title, text, Instant.parse("2025-03-01T08:00:00Z"),
                Set.of(categories), Optional.empty(), Optional.empty());
    }

    @Test
    void searchRunsWhileAWriterHoldsTheIndexLock() throws Exception {
        try (PageIndex held = PageIndex.open(dir.resolve("data").resolve("index"))) {
            held.upsert(page("http://a.cn/1", "某医院妇科", "本院开展无痛人流手术，当天即走。", Category.SAFETY_ASSERTION));
            held.upsert(page("http://a.cn/2", "某医院", "人流手术前需检查。"));
            held.commit();

            Run r = search("无痛人流");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("1 page(s)"), r.out());
            assertTrue(r.out().contains("== 某医院妇科  http://a.cn/1"), r.out());
            assertTrue(r.out().contains("开展【无痛人流】手术"), r.out());
            assertTrue(r.out().contains("[SAFETY_ASSERTION]"), r.out());

            held.upsert(page("http://a.cn/3", "", "无痛人流，随到随做"));
            held.commit();
            assertTrue(search("无痛人流").out().startsWith("2 page(s)"), "a second search sees the new commit");
        }
    }

    @Test
    void folderWithoutAnIndexIsNamedWithExit2AndNothingCreated() {
        Run r = search("干细胞");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("medadwatch search: the data folder " + dir.resolve("data") + " has no search index yet"),
                r.err());
        assertTrue(r.err().contains(dir.resolve("data").resolve("index").toAbsolutePath().toString()), r.err());
        assertFalse(r.err().contains("Exception"), "a message, not a stack trace: " + r.err());
        assertFalse(Files.exists(dir.resolve("data")), "search creates nothing");
    }
}
