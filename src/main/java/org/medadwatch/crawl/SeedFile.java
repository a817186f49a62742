package org.medadwatch.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medadwatch.csv.CsvLine;

/**
 * Reads a seed list: UTF-8 CSV with the header {@code name,url,kind,region,max_pages,max_depth}.
 * Blank lines and lines starting with {@code #} are skipped. Fields may be double-quoted (a
 * quote inside is doubled). A bad row becomes a {@link SeedProblem} and the rest still load; a
 * file that cannot be read or has the wrong header is a {@link SeedFileException}.
 */
public final class SeedFile {
    /** The header every seed file starts with, in this order. */
    public static final List<String> HEADER =
            List.of("name", "url", "kind", "region", "max_pages", "max_depth");

    private static final Pattern REGION = Pattern.compile("[0-9]{6}");
    private static final int MAX_LINE_CHARS = 8192;

    private SeedFile() {
    }

    public static SeedList read(Path csv) throws SeedFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeedFileException(csv, 1, "cannot read seed file: " + e.getMessage());
        }
        return parse(csv, lines);
    }

    static SeedList parse(Path csv, List<String> lines) throws SeedFileException {
        int headerIndex = firstContentLine(lines);
        if (headerIndex < 0) {
            throw new SeedFileException(csv, 1, "empty seed file; expected header " + String.join(",", HEADER));
        }
        String headerLine = stripBom(lines.get(headerIndex));
        List<String> header = CsvLine.split(headerLine).orElse(List.of()).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            throw new SeedFileException(csv, headerIndex + 1,
                    "header must be " + String.join(",", HEADER) + " but is " + headerLine);
        }
        List<Seed> seeds = new ArrayList<>();
        List<SeedProblem> problems = new ArrayList<>();
        Map<String, Integer> seenUrls = new HashMap<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isSkippable(line)) {
                continue;
            }
            int lineNo = i + 1;
            Row row = parseRow(line);
            if (row.problem != null) {
                problems.add(new SeedProblem(lineNo, row.problem));
                continue;
            }
            String key = row.seed.url().toString();
            Integer earlier = seenUrls.putIfAbsent(key, lineNo);
            if (earlier != null) {
                problems.add(new SeedProblem(lineNo, "duplicate url " + key + " (first on line " + earlier + ")"));
                continue;
            }
            seeds.add(row.seed);
        }
        return new SeedList(seeds, problems);
    }

    /** A row is a seed or a problem; never both. */
    private record Row(Seed seed, String problem) {
        static Row bad(String problem) {
            return new Row(null, problem);
        }
    }

    private static Row parseRow(String line) {
        if (line.length() > MAX_LINE_CHARS) {
            return Row.bad("line longer than " + MAX_LINE_CHARS + " characters");
        }
        Optional<List<String>> split = CsvLine.split(line);
        if (split.isEmpty()) {
            return Row.bad("unbalanced double quote");
        }
        List<String> f = split.get().stream().map(String::strip).toList();
        if (f.size() != HEADER.size()) {
            return Row.bad("expected " + HEADER.size() + " fields but found " + f.size());
        }
        String name = f.get(0);
        if (name.isEmpty()) {
            return Row.bad("name is empty");
        }
        URI url;
        try {
            url = new URI(f.get(1));
        } catch (URISyntaxException e) {
            return Row.bad("url is not a valid URL: " + f.get(1));
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Row.bad("url must be http or https: " + f.get(1));
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Row.bad("url has no host: " + f.get(1));
        }
        Seed.Kind kind;
        switch (f.get(2).toLowerCase(Locale.ROOT)) {
            case "site" -> kind = Seed.Kind.SITE;
            case "article" -> kind = Seed.Kind.ARTICLE;
            default -> {
                return Row.bad("kind must be site or article: " + f.get(2));
            }
        }
        String region = f.get(3);
        if (!region.isEmpty() && !REGION.matcher(region).matches()) {
            return Row.bad("region must be empty or a 6-digit GB/T 2260 code: " + region);
        }
        Optional<Integer> maxPages = parseInt(f.get(4));
        if (maxPages.isEmpty() || maxPages.get() < 1) {
            return Row.bad("max_pages must be a whole number >= 1: " + f.get(4));
        }
        Optional<Integer> maxDepth = parseInt(f.get(5));
        if (maxDepth.isEmpty() || maxDepth.get() < 0) {
            return Row.bad("max_depth must be a whole number >= 0: " + f.get(5));
        }
        return new Row(new Seed(name, url, kind, region, maxPages.get(), maxDepth.get()), null);
    }

    private static Optional<Integer> parseInt(String s) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isSkippable(stripBom(lines.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSkippable(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
