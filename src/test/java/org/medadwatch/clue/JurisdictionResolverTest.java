package org.medadwatch.clue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JurisdictionResolverTest {
    private final JurisdictionResolver resolver = JurisdictionResolver.bundled();

    record Case(int line, String region, Optional<String> icp, List<String> phones, Jurisdiction expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + region + " | " + icp.orElse("") + " | " + phones;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = JurisdictionResolverTest.class.getResourceAsStream("/clue/jurisdiction-cases.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return Stream.iterate(0, i -> i + 1).limit(lines.size())
                    .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
                    .map(i -> parse(i + 1, lines.get(i))).toList().stream();
        }
    }

    private static Case parse(int line, String text) {
        String[] f = text.split("\\|", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("line " + line + ": six fields expected: " + text);
        }
        String icp = f[1].strip();
        List<String> phones = f[2].isBlank() ? List.of()
                : Arrays.stream(f[2].split(";")).map(String::strip).toList();
        String code = f[3].strip();
        Jurisdiction expected = new Jurisdiction(code.isEmpty() ? Optional.empty() : Optional.of(code), f[5].strip(),
                Jurisdiction.Source.valueOf(f[4].strip()));
        // the ICP field keeps its leading white space where the case is about it
        return new Case(line, f[0].strip(), icp.isEmpty() ? Optional.empty() : Optional.of(f[1].substring(1)),
                phones, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolves(Case c) {
        assertEquals(c.expected(), resolver.resolve(c.region(), c.icp(), c.phones()));
    }

    @Test
    void everyProvinceHasAnAbbreviationCase() throws IOException {
        Set<String> provinces = new HashSet<>();
        cases().filter(c -> c.expected().source() == Jurisdiction.Source.ICP)
                .forEach(c -> provinces.add(c.expected().code().orElseThrow()));
        assertEquals(31, provinces.size());
    }

    @Test
    void areaCodeTableIsLargeAndEveryCodeHasAKnownProvince() throws IOException {
        try (InputStream in = JurisdictionResolver.class.getResourceAsStream("area-codes.csv")) {
            List<String[]> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",")).toList();
            assertTrue(rows.size() >= 120, "rows: " + rows.size());
            Set<String> areaCodes = new HashSet<>();
            for (String[] r : rows) {
                assertTrue(areaCodes.add(r[0]), "area code listed twice: " + r[0]);
                assertTrue(r[0].matches("0[1-9][0-9]{1,2}"), r[0]);
                String province = resolver.nameOf(r[1].substring(0, 2) + "0000");
                assertTrue(province.endsWith("省") || province.endsWith("市") || province.endsWith("区"),
                        r[1] + " has no known province: " + province);
            }
        }
    }
}
