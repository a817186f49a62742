package org.medadwatch.detect.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalNumberTest {

    @ParameterizedTest(name = "{0} -> {1} valid to {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "（京）医广【2016】第07-01-0355号|MEDICAL_SERVICE|2017-06-30",
            "(呼市)医广【2017】第01-03-02号|MEDICAL_SERVICE|2018-01-02",
            "（成青）医广【2019】第03-12-510105020号|MEDICAL_SERVICE|2020-03-11",
            "(京)中医广【2007】第01-30-10号|MEDICAL_SERVICE|2008-01-29",
            "渝医广【2026】第0227-0019号|MEDICAL_SERVICE|2027-02-26",
            "鲁医广【2013】第0902-001-3711号|MEDICAL_SERVICE|2014-09-01",
            "（甘）医广[2026]第01-20-007号|MEDICAL_SERVICE|2027-01-19",
            "（鄂）医广〔2025〕第11-28-0102号|MEDICAL_SERVICE|2026-11-27",
            "豫械广审(文)第261112-17214号|PRODUCT|2026-11-12",
            "粤械广审（文）第280917-05538号|PRODUCT|2028-09-17",
            "辽食健广审（文）第291231-00471号|PRODUCT|2029-12-31",
            "鄂食健广审(文)2011080063号|LEGACY_PRODUCT|2012-07-31",
            "苏医械广审(文)第2012120208号|LEGACY_PRODUCT|2013-11-30",
            "医广审字第0316号|MALFORMED|-",
            "（川）医广【2025】第号|MALFORMED|-",
            "（京）医广【2016】第13-45-0355号|MALFORMED|-",
            "（雁）医广第2026081号|MALFORMED|-",
            "（京）醫廣【2026】第03-12-0101號|MEDICAL_SERVICE|2027-03-11",
            "粵械廣審（文）第280917-05538號|PRODUCT|2028-09-17",
    })
    void parsesEveryPrintedForm(String printed, ApprovalNumber.Kind kind, String validTo) {
        ApprovalNumber n = ApprovalNumber.parse(printed);
        assertEquals(kind, n.kind());
        assertEquals(validTo == null ? null : LocalDate.parse(validTo), n.validTo().orElse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "（鄂）医广〔2025〕第11-28-0102号|(鄂)医广[2025]第11-28-0102号",
            "苏药广审（文）第280630-00388号|苏药广审(文)第280630-00388号",
            "（京） 医广【2016】第07－01－0355号|(京)医广[2016]第07-01-0355号",
            "（京）醫廣【2016】第07-01-0355號|(京)医广[2016]第07-01-0355号",
            "粵械廣審（文）第280917-05538號|粤械广审(文)第280917-05538号",
    })
    void canonicalFormIgnoresBracketStyleWidthAndSpaces(String printed, String canonical) {
        assertEquals(canonical, ApprovalNumber.canonical(printed));
    }
}
