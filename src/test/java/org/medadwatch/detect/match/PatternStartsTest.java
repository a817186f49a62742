package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternStartsTest {

    @ParameterizedTest(name = "{0} starts with [{1}]")
    @CsvSource(delimiterString = " => ", value = {
            "根治(?!术) => 根",
            "(?<![诊防])治(?:糖尿病|高血压) => 治",
            "(?:临床|总)?(?:治愈|有效)率 => 临总治有",
            "[王李张][先女]生 => 王李张",
            "\\d+(?:\\.\\d+)?%的?患者 => 0123456789",
            "(?:百分之|\\d)[一二]? => 百0123456789",
            "a-b => a",
            "[a-c1]x => abc1",
            "\\u4e00x => 一",
    })
    void readsFirstCharacters(String pattern, String starts) {
        BitSet expected = new BitSet();
        starts.chars().forEach(expected::set);
        assertEquals(Optional.of(expected), PatternStarts.of(pattern));
    }

    @ParameterizedTest(name = "{0} gives no set")
    @CsvSource(delimiterString = " => ", value = {
            ".根治", "[^不]根治", "\\w+治", "(?i)abc", "(?:x)?", "a*", "\\p{IsHan}治", "(?<name>a)",
    })
    void unknownOrPossiblyEmptyPatternsGiveNoSet(String pattern) {
        assertTrue(PatternStarts.of(pattern).isEmpty());
    }
}
