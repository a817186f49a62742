package org.medadwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medadwatch.detect.Category;
import org.medadwatch.index.IndexMissingException;
import org.medadwatch.index.PageIndexReader;
import org.medadwatch.index.SearchHit;
import org.medadwatch.index.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Full-text search of stored pages; hits marked 【like this】.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words or \"quoted phrases\"; every one must occur.")
    List<String> query;

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--category", description = "Only pages with a finding of this category.")
    Category category;

    @Option(names = "--limit", description = "At most this many pages. Default: ${DEFAULT-VALUE}.")
    int limit = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // read-only: no write lock, so it runs beside a serve or scan that holds the index
        try (PageIndexReader index = PageIndexReader.open(data.folder().index())) {
            SearchResults results = index.search(String.join(" ", query), Optional.ofNullable(category), limit);
            out.printf(Locale.ROOT, "%d page(s)%n", results.totalHits());
            for (SearchHit hit : results.hits()) {
                out.println("== " + hit.title() + "  " + hit.url());
                if (!hit.categories().isEmpty()) {
                    out.println("   " + hit.categories());
                }
                hit.highlights().forEach(h -> out.println("   " + h.replaceAll("\\s+", " ")));
            }
        } catch (IndexMissingException e) {
            spec.commandLine().getErr().println(noIndex(data.data, e));
            return ExitCodes.CONFIG;
        }
        return ExitCodes.OK;
    }

    private static String noIndex(Path data, IndexMissingException e) {
        return "medadwatch search: the data folder " + data + " has no search index yet (nothing committed in "
                + e.indexDir() + "), so nothing was searched.\n"
                + "  Check --data, or index pages first with 'scan --seeds F' (or serve --seeds F).";
    }
}
