package org.medadwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.rules.RuleLoader;
import org.medadwatch.detect.rules.RulesFingerprint;

/**
 * Finds and loads the rule set: {@code --rules DIR} when given, else {@code ./rules} when it
 * holds rule files (an analyst's edited copy), else the copy bundled in the jar.
 *
 * @param files the contents by name of every file the rules are read from (the shared lists file and
 *              the rule files), as read when loading: what a fingerprint covers
 */
public record RuleBook(Path folder, List<Rule> rules, List<String> baseline, SortedMap<String, byte[]> files) {
    static final String BUNDLED = "medadwatch-rules/README.md";

    public RuleBook {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static RuleBook load(Optional<Path> explicit) {
        Path folder = explicit.orElseGet(RuleBook::defaultFolder);
        // read before parsing: a file edited while loading then re-judges at the next scan, never the reverse
        SortedMap<String, byte[]> files = contents(RuleLoader.sourceFiles(folder));
        return new RuleBook(folder, RuleLoader.loadFolder(folder), baseline(folder.resolve("baseline")), files);
    }

    /** The fingerprint of verdicts made with these rules by this detector ({@link DetectorVersion}). */
    public RulesFingerprint fingerprint(String detectorVersion) {
        return RulesFingerprint.of(files, detectorVersion);
    }

    private static SortedMap<String, byte[]> contents(List<Path> sourceFiles) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (Path f : sourceFiles) {
            try {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + f, e);
            }
        }
        return out;
    }

    static Path defaultFolder() {
        Path local = Path.of("rules");
        if (Files.isDirectory(local) && hasRuleFiles(local)) {
            return local;
        }
        return bundledFolder();
    }

    private static boolean hasRuleFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(RuleLoader::isRuleFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path bundledFolder() {
        URL url = RuleBook.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("no rules folder given and none bundled in the jar");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(BUNDLED).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled rules: " + e.getMessage(), e);
        }
    }

    /** Benign lines no rule may fire on: {@code baseline/*.txt}, one per line, '#' starts a comment. */
    private static List<String> baseline(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        lines.add(t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read baseline " + dir, e);
        }
        return List.copyOf(lines);
    }
}
