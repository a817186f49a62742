package org.medadwatch.detect.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CharNgramTokenizerTest {
    @Test
    void hanRunsGiveUnigramsAndBigrams() {
        assertArrayEquals(new String[] {"根", "治", "根治", "术", "治术"}, CharNgramTokenizer.tokens("根治术"));
    }

    @Test
    void punctuationAndSpaceBreakBigrams() {
        assertArrayEquals(new String[] {"无", "效", "无效", "退", "款", "退款"}, CharNgramTokenizer.tokens("无效，退款"));
    }

    @Test
    void fullWidthLatinFoldsAndDigitsBecomeShapes() {
        // Turkish default locale in surefire: "I" must still lower-case to "i"
        assertArrayEquals(new String[] {"ivf", "#3", "#8"}, CharNgramTokenizer.tokens("ＩＶＦ 010-88886666"));
    }
}
