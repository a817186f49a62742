package org.medadwatch.detect.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Level;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads every {@code *.yaml} file directly in a rules folder into {@link Rule}s, after the shared
 * phrase lists ({@value PhraseLists#SHARED_FILE}, optional), which every rule file may use. Fails
 * fast, naming file and line, on anything it cannot use: bad YAML, unknown keys or categories,
 * regexes that do not compile, duplicate ids, unknown or shadowed lists. Nothing is skipped silently.
 */
public final class RuleLoader {
    static final int DEFAULT_WINDOW = 16;
    static final int DEFAULT_UNLESS_WINDOW = 6;
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+");
    private static final Set<String> FILE_KEYS = Set.of("category", "basis", "lists", "rules");
    private static final Pattern LIST_REFERENCE = Pattern.compile("\\{\\{([a-z_][a-z0-9_]*)\\}\\}");
    private static final Set<String> RULE_KEYS = Set.of("id", "title", "category", "basis", "level", "status",
            "anchors", "pattern", "near", "window", "unless", "unless_window", "quoted", "when",
            "falsepositives", "examples");
    private static final Set<String> UNLESS_KEYS = Set.of("before", "after", "sentence", "answer");
    private static final Set<String> WHEN_KEYS = Set.of("advertiser_not", "advertiser_any", "page_any");
    private static final Set<String> EXAMPLE_KEYS = Set.of("hit", "miss", "todo_hit", "todo_miss");
    private static final Set<String> EXAMPLE_ITEM_KEYS = Set.of("text", "advertiser");

    private RuleLoader() {
    }

    /**
     * Loads all rule files of {@code dir} (not its sub-folders: deprecated/ and baseline/ are not
     * rules), each seeing the shared lists of {@code dir}.
     */
    public static List<Rule> loadFolder(Path dir) {
        List<Path> files = ruleFiles(dir);
        PhraseLists shared = sharedLists(dir);
        List<Rule> rules = new ArrayList<>();
        Map<String, Rule> byId = new HashMap<>();
        for (Path file : files) {
            for (Rule r : loadFile(file, shared)) {
                Rule earlier = byId.putIfAbsent(r.id(), r);
                if (earlier != null) {
                    throw new RuleFileException(r.source().file(), r.source().line(),
                            "duplicate rule id " + r.id() + " (first at " + earlier.source() + ")");
                }
                rules.add(r);
            }
        }
        return List.copyOf(rules);
    }

    /** The rule files {@link #loadFolder} reads, in the order it reads them: not the shared lists file. */
    public static List<Path> ruleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleFileException(dir.toString(), 0, "rules folder not found");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(RuleLoader::isRuleFile).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new RuleFileException(dir.toString(), 0, "cannot list: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new RuleFileException(dir.toString(), 0, "no *.yaml rule files");
        }
        return files;
    }

    /** Whether {@code file} is named as a rule file: {@code *.yaml}, but not the shared lists file. */
    public static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") && !name.equals(PhraseLists.SHARED_FILE);
    }

    /** The shared lists file of {@code dir}, when it has one. */
    public static Optional<Path> sharedListsFile(Path dir) {
        return Optional.of(dir.resolve(PhraseLists.SHARED_FILE)).filter(Files::isRegularFile);
    }

    /** The shared lists of {@code dir}: none when it has no shared lists file. */
    private static PhraseLists sharedLists(Path dir) {
        return sharedListsFile(dir).map(PhraseLists::readShared).orElse(PhraseLists.none());
    }

    /**
     * Every file the rule set of {@code dir} is read from: the shared lists file when present,
     * then the rule files. A change to any of them can change a verdict.
     */
    public static List<Path> sourceFiles(Path dir) {
        List<Path> rules = ruleFiles(dir);
        List<Path> all = new ArrayList<>(rules.size() + 1);
        sharedListsFile(dir).ifPresent(all::add);
        all.addAll(rules);
        return List.copyOf(all);
    }

    /** Loads one rule file; {@code shared} are the lists of the shared lists file. */
    public static List<Rule> loadFile(Path file, PhraseLists shared) {
        return YamlMap.parseFile(file, (name, reader) -> parse(name, reader, shared));
    }

    /** Parses one rule file's text, with no shared lists; {@code file} names it in error messages. */
    public static List<Rule> parse(String file, Reader reader) {
        return parse(file, reader, PhraseLists.none());
    }

    /** Parses one rule file's text; its rules see its own lists and {@code shared}. */
    public static List<Rule> parse(String file, Reader reader, PhraseLists shared) {
        YamlMap top = new YamlMap(file, YamlMap.compose(file, reader, "rule file"), FILE_KEYS);
        Optional<String> fileCategory = top.string("category");
        Optional<String> fileBasis = top.string("basis");
        PhraseLists lists = top.node("lists").map(n -> shared.plus(file, top, n)).orElse(shared);
        List<Node> items = top.items("rules");
        if (items.isEmpty()) {
            throw new RuleFileException(file, top.line(), "no rules: expected a non-empty 'rules' list");
        }
        List<Rule> rules = new ArrayList<>();
        for (Node item : items) {
            rules.add(rule(file, new YamlMap(file, item, RULE_KEYS), fileCategory, fileBasis, lists));
        }
        return rules;
    }

    private static Rule rule(String file, YamlMap m, Optional<String> fileCategory, Optional<String> fileBasis,
                             PhraseLists lists) {
        String id = m.expectString("id");
        if (!ID.matcher(id).matches()) {
            throw new RuleFileException(file, m.line("id"), "rule id '" + id + "' must look like ABC-123 (A-Z, 0-9, '-')");
        }
        String code = m.string("category").or(() -> fileCategory)
                .orElseThrow(() -> new RuleFileException(file, m.line(), id + ": no category"));
        Category category = Category.find(code).orElseThrow(() ->
                new RuleFileException(file, m.line("category"), id + ": unknown category '" + code + "'"));
        if (category == Category.UNAPPROVED_AD) {
            throw new RuleFileException(file, m.line("category"), id + ": UNAPPROVED_AD comes from the approvals check, not from rules");
        }
        String basis = m.string("basis").or(() -> fileBasis).filter(s -> !s.isBlank())
                .orElseThrow(() -> new RuleFileException(file, m.line(), id + ": no legal basis"));
        String levelName = m.string("level").orElse("medium");
        Level level = Level.find(levelName).orElseThrow(() ->
                new RuleFileException(file, m.line("level"), id + ": level must be high, medium or low, not '" + levelName + "'"));
        String statusName = m.string("status").orElse("stable");
        Rule.RuleStatus status = switch (statusName) {
            case "stable" -> Rule.RuleStatus.STABLE;
            case "experimental" -> Rule.RuleStatus.EXPERIMENTAL;
            default -> throw new RuleFileException(file, m.line("status"), id + ": status must be stable or experimental");
        };
        List<String> anchors = folded(file, m, "anchors", m.strings("anchors"), lists);
        if (anchors.isEmpty()) {
            throw new RuleFileException(file, m.line(), id + ": no anchors: every rule needs literal phrases to find it by");
        }
        Optional<Pattern> pattern = m.string("pattern").map(p -> {
            try {
                return Pattern.compile(expandLists(file, m, id, p, lists));
            } catch (PatternSyntaxException e) {
                throw new RuleFileException(file, m.line("pattern"), id + ": pattern does not compile: " + e.getDescription());
            }
        });
        List<List<String>> near = new ArrayList<>();
        for (Node group : m.items("near")) {
            near.add(folded(file, m, "near", m.strings(group, "near"), lists));
        }
        int window = positive(file, m, id, "window", DEFAULT_WINDOW);
        int unlessWindow = positive(file, m, id, "unless_window", DEFAULT_UNLESS_WINDOW);
        RuleExceptions unless = m.node("unless").map(n -> {
            YamlMap u = new YamlMap(file, n, UNLESS_KEYS);
            return new RuleExceptions(folded(file, u, "before", u.strings("before"), lists),
                    folded(file, u, "after", u.strings("after"), lists), folded(file, u, "sentence", u.strings("sentence"), lists),
                    folded(file, u, "answer", u.strings("answer"), lists));
        }).orElse(RuleExceptions.none());
        String quoted = m.string("quoted").orElse("keep");
        if (!quoted.equals("keep") && !quoted.equals("skip")) {
            throw new RuleFileException(file, m.line("quoted"), id + ": quoted must be keep or skip");
        }
        PageCondition when = m.node("when").map(n -> {
            YamlMap w = new YamlMap(file, n, WHEN_KEYS);
            return new PageCondition(folded(file, w, "advertiser_not", w.strings("advertiser_not"), lists),
                    folded(file, w, "advertiser_any", w.strings("advertiser_any"), lists),
                    folded(file, w, "page_any", w.strings("page_any"), lists));
        }).orElse(PageCondition.always());
        RuleExamples examples = m.node("examples").map(n -> {
            YamlMap e = new YamlMap(file, n, EXAMPLE_KEYS);
            return new RuleExamples(examples(file, e, "hit"), examples(file, e, "miss"), examples(file, e, "todo_hit"),
                    examples(file, e, "todo_miss"));
        }).orElse(RuleExamples.none());
        return new Rule(id, m.string("title").orElse(id), category, basis, level, status, anchors, pattern, near,
                window, unless, unlessWindow, quoted.equals("skip"), when, m.string("falsepositives").orElse(""),
                examples, new RuleSource(file, m.line()));
    }

    private static List<String> folded(String file, YamlMap m, String key, List<String> phrases,
                                       PhraseLists lists) {
        List<String> out = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            if (p.startsWith("$")) {
                out.addAll(lists.expect(p.substring(1), file, m.line(key), "'" + p + "' in '" + key + "'"));
                continue;
            }
            out.add(PhraseLists.folded(p, file, m.line(key), "'" + key + "'"));
        }
        return out;
    }

    /** Each example is a text, or {@code {text: ..., advertiser: ...}} for rules whose condition needs a speaker. */
    private static List<RuleExamples.Example> examples(String file, YamlMap e, String key) {
        List<RuleExamples.Example> out = new ArrayList<>();
        for (Node item : e.items(key)) {
            if (item instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
                out.add(new RuleExamples.Example(e.scalar(item, key), Optional.empty()));
            } else {
                YamlMap x = new YamlMap(file, item, EXAMPLE_ITEM_KEYS);
                out.add(new RuleExamples.Example(x.expectString("text"), x.string("advertiser")));
            }
        }
        return out;
    }

    private static String expandLists(String file, YamlMap m, String id, String pattern, PhraseLists lists) {
        java.util.regex.Matcher ref = LIST_REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            List<String> list = lists.expect(ref.group(1), file, m.line("pattern"), id + ": pattern");
            String alternation = list.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
            ref.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(alternation));
        }
        ref.appendTail(out);
        return out.toString();
    }

    private static int positive(String file, YamlMap m, String id, String key, int dflt) {
        int v = m.integer(key).orElse(dflt);
        if (v < 0 || v > 200) {
            throw new RuleFileException(file, m.line(key), id + ": " + key + " must be between 0 and 200");
        }
        return v;
    }
}
