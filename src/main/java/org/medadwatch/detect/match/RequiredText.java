package org.medadwatch.detect.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What text any match of a regex must contain, read off the pattern: a list of clauses, each a
 * set of literal strings of which every match holds at least one. {@code (?:治愈|有效)率[^。]{0,10}?\d+%}
 * needs one of 治愈率 or 有效率 and a "%". Verification looks for the clauses in the anchor's
 * window before it runs the regex, so a candidate whose window lacks them costs a short scan
 * instead of a regex attempt at every position.
 *
 * <p>Conservative, as {@link PatternStarts}: a construct {@link RegexReader} does not follow gives no
 * clause, lookarounds require nothing (their text is outside the match), and a clause is kept
 * only when all its strings have two characters or more (a single character filters little).
 */
final class RequiredText implements RegexReader.Algebra<RequiredText.Info> {
    private static final int MAX_STRINGS = 48;
    private static final int MAX_LENGTH = 12;
    /** A class this small is read as its members ([王李张]先生: 王先生, 李先生, 张先生). */
    private static final int MAX_CLASS_MEMBERS = 8;

    private RequiredText() {
    }

    /** The clauses every match of {@code pattern} satisfies; empty when nothing can be told. */
    static List<Set<String>> of(String pattern) {
        return RegexReader.read(pattern, new RequiredText())
                .map(info -> info.clausesWithExact().stream()
                        .filter(c -> c.stream().allMatch(s -> s.length() >= 2))
                        .toList())
                .orElse(List.of());
    }

    /**
     * What one piece of pattern matches: {@code exact}, every string it can match when that is
     * a short finite list (else null), and {@code clauses} it requires.
     */
    record Info(Set<String> exact, List<Set<String>> clauses) {
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

    @Override
    public Info literal(char c) {
        return new Info(Set.of(String.valueOf(c)), List.of());
    }

    @Override
    public Info charClass(BitSet members) {
        if (members == null || members.cardinality() > MAX_CLASS_MEMBERS) {
            return Info.NOTHING_KNOWN;
        }
        Set<String> exact = new LinkedHashSet<>();
        members.stream().forEach(c -> exact.add(String.valueOf((char) c)));
        return new Info(exact, List.of());
    }

    @Override
    public Info zeroWidth() {
        return Info.EMPTY;
    }

    @Override
    public Info alternatives(List<Info> options) {
        Set<String> exact = new LinkedHashSet<>();
        for (Info a : options) {
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
        for (Info a : options) {
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

    @Override
    public Info concat(Info a, Info b) {
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

    @Override
    public Info repeat(Info atom, int min, int max) {
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
}
