package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcpFinderTest {
    private final IcpFinder finder = new IcpFinder();

    @Test
    void findsFilingNumberWithSiteSuffix() {
        assertEquals(Optional.of("京ICP备16017287号-1"), finder.find("Copyright © 2026 某医院 京ICP备16017287号-1 公网安备"));
    }

    @Test
    void findsTenDigitFilingNumberWithoutSuffix() {
        assertEquals(Optional.of("粤ICP备2022020947号"), finder.find("粤ICP备2022020947号 技术支持"));
    }

    @Test
    void acceptsAnyProvinceAbbreviation() {
        assertEquals(Optional.of("蜀ICP备2022004518号-2"), finder.find("蜀ICP备2022004518号-2"));
        assertEquals(Optional.of("陇ICP备2019002213号"), finder.find("版权所有 陇ICP备2019002213号"));
    }

    @Test
    void firstFilingNumberWins() {
        assertEquals(Optional.of("浙ICP备05012276号-3"), finder.find("浙ICP备05012276号-3\n浙ICP备99999999号"));
    }

    @Test
    void licenceNumberIsUsedOnlyWithoutFilingNumber() {
        assertEquals(Optional.of("京ICP证080047号"), finder.find("京ICP证080047号"));
        assertEquals(Optional.of("京ICP备16017287号"), finder.find("京ICP证080047号 京ICP备16017287号"));
    }

    @Test
    void fullWidthFormsAreFoundAndReturnedAsPrinted() {
        assertEquals(Optional.of("京ＩＣＰ备16017287号－1"), finder.find("京ＩＣＰ备16017287号－1"));
    }

    @Test
    void publicSecurityFilingIsNotAnIcpNumber() {
        assertEquals(Optional.empty(), finder.find("川公网安备 51010502010725号"));
    }

    @Test
    void traditionalFormsAreFoundAndReturnedAsPrinted() {
        assertEquals(Optional.of("浙ICP備17044021號-3"), finder.find("版權所有 浙ICP備17044021號-3 技術支持"));
        assertEquals(Optional.of("京ICP證080047號"), finder.find("京ICP證080047號"));
    }
}
