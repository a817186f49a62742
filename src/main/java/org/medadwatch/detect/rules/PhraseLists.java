package org.medadwatch.detect.rules;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.medadwatch.detect.text.TextFolder;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Named phrase lists: {@code $name} in a phrase list adds a list's phrases, {@code {{name}}} in a
 * pattern becomes their alternation. A rule file's own {@code lists:} serve its rules only; the
 * lists of the shared file ({@value #SHARED_FILE}, beside the rule files) serve every rule file,
 * and no rule file may give one of their names another meaning. Phrases are stored folded.
 */
public final class PhraseLists {
    /** The shared lists file: it holds {@code lists:} and nothing else, and is not a rule file. */
    public static final String SHARED_FILE = "lists.yaml";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> SHARED_KEYS = Set.of("lists");
    private static final PhraseLists NONE = new PhraseLists(Map.of());

    private final Map<String, PhraseList> byName;

    /** One list: its folded phrases, and where its name is written. */
    private record PhraseList(List<String> phrases, RuleSource source) {
    }

    private PhraseLists(Map<String, PhraseList> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** No lists: what a rule file sees when its folder has no shared lists file. */
    public static PhraseLists none() {
        return NONE;
    }

    /** Reads the shared lists file; a broken file stops loading with file, line and reason. */
    public static PhraseLists readShared(Path file) {
        return YamlMap.parseFile(file, PhraseLists::parseShared);
    }

    /** Parses the shared lists file's text: a mapping with one key, {@code lists}. */
    public static PhraseLists parseShared(String file, Reader reader) {
        YamlMap top = new YamlMap(file, YamlMap.compose(file, reader, "shared lists file: expected 'lists:'"), SHARED_KEYS);
        Node lists = top.node("lists").orElseThrow(() ->
                new RuleFileException(file, top.line(), "no lists: the shared lists file holds a 'lists' mapping and nothing else"));
        return NONE.plus(file, top, lists);
    }

    /**
     * These lists and a rule file's own {@code lists:} node; a name already here (a shared list)
     * is an error, so that a name means one thing in every file.
     */
    PhraseLists plus(String file, YamlMap top, Node lists) {
        if (!(lists instanceof MappingNode mapping)) {
            throw new RuleFileException(file, YamlMap.line(lists), "'lists' must map names to phrase lists");
        }
        Map<String, PhraseList> all = new LinkedHashMap<>(byName);
        for (NodeTuple t : mapping.getValue()) {
            String name = top.scalar(t.getKeyNode(), "lists");
            RuleSource source = new RuleSource(file, YamlMap.line(t.getKeyNode()));
            if (!NAME.matcher(name).matches()) {
                throw new RuleFileException(file, source.line(), "list name '" + name + "' must be lower_case");
            }
            PhraseList earlier = all.get(name);
            if (earlier != null) {
                throw new RuleFileException(file, source.line(), earlier.source().file().equals(file)
                        ? "duplicate list '" + name + "' (first at line " + earlier.source().line() + ")"
                        : "list '" + name + "' shadows the shared list at " + earlier.source()
                          + ": rename it, or add its phrases to the shared list");
            }
            all.put(name, new PhraseList(phrases(file, top, name, t.getValueNode()), source));
        }
        return new PhraseLists(all);
    }

    private static List<String> phrases(String file, YamlMap top, String name, Node value) {
        List<String> out = new ArrayList<>();
        for (String p : top.strings(value, name)) {
            if (p.startsWith("$")) {
                throw new RuleFileException(file, YamlMap.line(value), "'" + p + "' in list '" + name
                        + "': a list cannot name another list");
            }
            out.add(folded(p, file, YamlMap.line(value), "list '" + name + "'"));
        }
        if (out.isEmpty()) {
            throw new RuleFileException(file, YamlMap.line(value), "list '" + name + "' is empty");
        }
        return List.copyOf(out);
    }

    /** A phrase as rules match it, folded; one that folds to nothing is an error at {@code file:line}. */
    static String folded(String phrase, String file, int line, String where) {
        String f = TextFolder.foldPhrase(phrase);
        if (f.isEmpty()) {
            throw new RuleFileException(file, line, "'" + phrase + "' in " + where + " folds to nothing");
        }
        return f;
    }

    /** The folded phrases of the list {@code name}, when there is one. */
    public Optional<List<String>> find(String name) {
        return Optional.ofNullable(byName.get(name)).map(PhraseList::phrases);
    }

    /** The phrases of {@code name}, or an error at {@code file:line} that says where names are looked up. */
    List<String> expect(String name, String file, int line, String where) {
        return find(name).orElseThrow(() -> new RuleFileException(file, line,
                where + " names no list '" + name + "' of this file or of " + SHARED_FILE));
    }

    /** The names of all lists, in the order they are written (shared lists first). */
    public Set<String> names() {
        return byName.keySet();
    }
}
