package org.medadwatch.detect.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Typed, line-aware reads of one YAML mapping node; every error names file and line. */
final class YamlMap {
    private final String file;
    private final Node node;
    private final Map<String, Node> entries = new LinkedHashMap<>();

    YamlMap(String file, Node node, Set<String> allowedKeys) {
        this.file = file;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "expected a mapping (key: value)");
        }
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode(), "key");
            if (!allowedKeys.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' (allowed: " + String.join(", ", allowedKeys) + ")");
            }
            if (entries.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), "duplicate key '" + key + "'");
            }
        }
    }

    /**
     * Reads {@code file} as UTF-8 and hands it to {@code parse} with the file's name, which names it
     * in errors; a file that cannot be read stops loading like a broken one.
     */
    static <T> T parseFile(Path file, BiFunction<String, Reader, T> parse) {
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse.apply(name, reader);
        } catch (IOException e) {
            throw new RuleFileException(name, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The root node of one YAML document; {@code file} names it in errors, {@code what} says
     * what an empty document should have been ("rule file").
     */
    static Node compose(String file, Reader reader, String what) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new RuleFileException(file, line, "not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new RuleFileException(file, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new RuleFileException(file, 0, "empty " + what);
        }
        return root;
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        return entries.containsKey(key) ? line(entries.get(key)) : line();
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    Optional<String> string(String key) {
        return node(key).map(n -> scalar(n, key));
    }

    String expectString(String key) {
        return string(key).filter(s -> !s.isBlank())
                .orElseThrow(() -> error(node, "missing '" + key + "'"));
    }

    Optional<Integer> integer(String key) {
        return string(key).map(s -> {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw error(entries.get(key), "'" + key + "' must be a whole number, not '" + s + "'");
            }
        });
    }

    List<String> strings(String key) {
        Node n = entries.get(key);
        if (n == null) {
            return List.of();
        }
        return strings(n, key);
    }

    List<String> strings(Node n, String what) {
        if (n instanceof ScalarNode) {
            return List.of(scalar(n, what));
        }
        if (!(n instanceof SequenceNode seq)) {
            throw error(n, "'" + what + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String s = scalar(item, what);
            if (s.isEmpty()) {
                throw error(item, "empty string in '" + what + "'");
            }
            out.add(s);
        }
        return out;
    }

    List<Node> items(String key) {
        Node n = entries.get(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof SequenceNode seq)) {
            throw error(n, "'" + key + "' must be a list");
        }
        return seq.getValue();
    }

    String scalar(Node n, String what) {
        if (!(n instanceof ScalarNode s)) {
            throw error(n, "'" + what + "' must be a single value");
        }
        return s.getValue();
    }

    RuleFileException error(Node at, String reason) {
        return new RuleFileException(file, line(at), reason);
    }

    static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
