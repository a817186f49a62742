package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What text any match of a regex must contain, read off the pattern: a list of clauses, each a
 * set of literal strings of which every match holds at least one. {@code (?:治愈|有效)率[^。]{0,10}?\d+%}
 * needs one of 治愈率 or 有效率 and a "%". Verification looks the clauses up in the page's phrase
 * index before it runs the regex, so a candidate whose window lacks them costs a few binary
 * searches instead of a regex attempt at every position.
 *
 * <p>Conservative, as {@link PatternStarts}: a construct this reader does not follow gives no
 * clause, lookarounds require nothing (their text is outside the match), and a clause is kept
 * only when all its strings have two characters or more (single characters would flood the
 * phrase index).
 */
final class RequiredText {
    private static final int MAX_STRINGS = 48;
    private static final int MAX_LENGTH = 12;

    private final String p;
    private int i;

    private RequiredText(String pattern) {
        this.p = pattern;
    }

    /** The clauses every match of {@code pattern} satisfies; empty when nothing can be told. */
    static List<Set<String>> of(String pattern) {
        try {
            RequiredText reader = new RequiredText(pattern);
            Info info = reader.alternation();
            if (reader.i != pattern.length()) {
                return List.of();
            }
            return info.clausesWithExact().stream()
                    .filter(c -> c.stream().allMatch(s -> s.length() >= 2))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(); // unknown or malformed: no requirement
        }
    }

    /**
     * What one piece of pattern matches: {@code exact}, every string it can match when that is
     * a short finite list (else null), and {@code clauses} it requires.
     */
    private record Info(Set<String> exact, List<Set<String>> clauses) {
        static final Info NOTHING_KNOWN = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), List.of());

        /** The clauses, with the exact strings as one more when none of them is empty. */
        List<Set<String>> clausesWithExact() {
            if (exact == null || exact.contains("")) {
                return clauses;
            }
            List<Set<String>> all = new ArrayList<>(clauses);
            all.add(exact);
            return all;
        }
    }

    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private Info alternation() {
        List<Info> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            alternatives.add(sequence());
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        for (Info a : alternatives) {
            if (exact != null && a.exact() != null) {
                exact.addAll(a.exact());
            } else {
                exact = null;
            }
        }
        if (exact != null && exact.size() <= MAX_STRINGS) {
            return new Info(exact, List.of());
        }
        // one clause: each alternative's most selective one, pooled
        Set<String> pooled = new LinkedHashSet<>();
        for (Info a : alternatives) {
            Optional<Set<String>> best = a.clausesWithExact().stream()
                    .max((x, y) -> Integer.compare(minLength(x), minLength(y)));
            if (best.isEmpty()) {
                return Info.NOTHING_KNOWN;
            }
            pooled.addAll(best.get());
        }
        return new Info(null, List.of(pooled));
    }

    private static int minLength(Set<String> clause) {
        return clause.stream().mapToInt(String::length).min().orElse(0);
    }

    private Info sequence() {
        Info acc = Info.EMPTY;
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            acc = concat(acc, quantified(atom()));
        }
        return acc;
    }

    private static Info concat(Info a, Info b) {
        if (a.exact() != null && b.exact() != null && a.exact().size() * b.exact().size() <= MAX_STRINGS) {
            Set<String> product = new LinkedHashSet<>();
            for (String x : a.exact()) {
                for (String y : b.exact()) {
                    product.add(x + y);
                }
            }
            if (product.stream().allMatch(s -> s.length() <= MAX_LENGTH)) {
                List<Set<String>> clauses = new ArrayList<>(a.clauses());
                clauses.addAll(b.clauses());
                return new Info(product, clauses);
            }
        }
        List<Set<String>> clauses = new ArrayList<>(a.clausesWithExact());
        clauses.addAll(b.clausesWithExact());
        return new Info(null, clauses);
    }

    private Info quantified(Info atom) {
        if (i >= p.length()) {
            return atom;
        }
        char c = p.charAt(i);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
            i++;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            i++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            i++;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
                throw new Unknown();
            }
            String body = p.substring(i + 1, close);
            if (!body.matches("\\d+(,\\d*)?")) {
                throw new Unknown();
            }
            String[] parts = body.split(",", -1);
            min = Integer.parseInt(parts[0]);
            max = parts.length == 1 ? min : parts[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
            i = close + 1;
        } else {
            return atom;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++; // lazy or possessive: the same strings
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        if (min == 0 && max == 1 && atom.exact() != null) {
            Set<String> optional = new LinkedHashSet<>(atom.exact());
            optional.add("");
            return new Info(optional, List.of());
        }
        if (min == 0) {
            return Info.NOTHING_KNOWN;
        }
        return new Info(null, atom.clausesWithExact()); // at least once: what one copy needs
    }

    private Info atom() {
        char c = p.charAt(i);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                skipClass();
                return Info.NOTHING_KNOWN;
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$' -> {
                i++;
                return Info.EMPTY;
            }
            case '.' -> {
                i++;
                return Info.NOTHING_KNOWN;
            }
            case '*', '+', '?', '{', '}', ']' -> throw new Unknown();
            default -> {
                i++;
                return literal(c);
            }
        }
    }

    private Info group() {
        i++; // (
        boolean zeroWidth = false;
        if (p.startsWith("?:", i)) {
            i += 2;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            zeroWidth = true;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            zeroWidth = true;
        } else if (i < p.length() && p.charAt(i) == '?') {
            throw new Unknown(); // flags, named or atomic groups
        }
        Info inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new Unknown();
        }
        i++;
        return zeroWidth ? Info.EMPTY : inner;
    }

    private void skipClass() {
        i++; // [
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        boolean first = true;
        while (i < p.length() && (p.charAt(i) != ']' || first)) {
            first = false;
            if (p.charAt(i) == '[') {
                throw new Unknown(); // nested classes
            }
            i += p.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= p.length()) {
            throw new Unknown();
        }
        i++; // ]
    }

    private Info escape() {
        if (i + 1 >= p.length()) {
            throw new Unknown();
        }
        char e = p.charAt(i + 1);
        i += 2;
        switch (e) {
            case 'd', 's', 'S', 'D', 'w', 'W' -> {
                return Info.NOTHING_KNOWN;
            }
            case 'b', 'B' -> {
                return Info.EMPTY;
            }
            case 'n' -> {
                return literal('\n');
            }
            case 't' -> {
                return literal('\t');
            }
            case 'u' -> {
                if (i + 4 > p.length()) {
                    throw new Unknown();
                }
                char c = (char) Integer.parseInt(p.substring(i, i + 4), 16);
                i += 4;
                return literal(c);
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new Unknown(); // \p{..}, back-references and the like
                }
                return literal(e);
            }
        }
    }

    private static Info literal(char c) {
        return new Info(Set.of(String.valueOf(c)), List.of());
    }
}
