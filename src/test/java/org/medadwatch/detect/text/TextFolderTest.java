package org.medadwatch.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFolderTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource(delimiter = '|', value = {
            "根*治牛皮癣|根治牛皮癣",
            "治 愈 率 达 ９６．８％|治愈率达96.8%",
            "癲癇斷根不復發|癫痫断根不复发",
            "断·根_不\u200B复发|断根不复发",
            "ＣＩＫ细胞|cik细胞",
            "0571 8888 1234|0571 8888 1234",
            "前列腺炎能根 治吗|前列腺炎能根治吗",
            "真性近视也能✨治愈|真性近视也能治愈",
            "效果不达标💰全额退款|效果不达标全额退款",
            "✅ 无痛❤️无创|无痛无创",
            "冇副作用，饮咗三个月，唔伤肝|无副作用,饮了三个月,不伤肝",
            "冶愈率达96.8%，根冶不复发|治愈率达96.8%,根治不复发",
            "二○二六年，38℃|二○二六年,38°c",
            "𠀀𠀁字|𠀀𠀁字",
            "白癜风可以根zhi，ZHI愈率高|白癜风可以根治,治愈率高",
            "肉du素瘦脸，玻niao酸填充|肉毒素瘦脸,玻尿酸填充",
            "专治牛pi癣、白dian风，阳wei早xie|专治牛皮癣、白癜风,阳痿早泄",
            "远离甲liu、支yuan体、诺如，内部yi苗名额|远离甲流、支原体、诺如,内部疫苗名额",
            "颈zhui病、腰tu，逆转tang尿病|颈椎病、腰突,逆转糖尿病",
            "降tang神器，专治gan癌、gan腹水|降糖神器,专治肝癌、肝腹水",
            "逆转老年chi呆，告别抑yu症、shi眠|逆转老年痴呆,告别抑郁症、失眠",
            "三天药到病chu|三天药到病除",
            "一次治 yu，永不复fa|一次治愈,永不复发",
            "ròu毒素正品，根zhì不复发|肉毒素正品,根治不复发",
            "没有任何负作用，无付作用|没有任何副作用,无副作用",
            "0风险 0痛感 全程0️⃣痛感|零风险零痛感全程零痛感",
            "10风险，3.0痛，0元体验|10风险,3.0痛,0元体验",
    })
    void foldsEvasiveSpellings(String original, String folded) {
        assertEquals(folded, TextFolder.fold(original).folded());
    }

    @ParameterizedTest(name = "{0}: folded [{1},{2}) quotes {3}")
    @CsvSource(delimiter = '|', value = {
            "临床治 愈 率 达 ９６．８％。|2|11|治 愈 率 达 ９６．８％",
            "本院根*治牛皮癣不反弹|2|10|根*治牛皮癣不反弹",
            "㎡价格|0|2|㎡",
            "可以根zhi不复发|2|4|根zhi",
            "肉du素瘦脸|0|3|肉du素",
            "ròu毒素瘦脸|0|3|ròu毒素",
    })
    void evidenceIsQuotedFromTheOriginal(String original, int from, int to, String quoted) {
        FoldedText text = TextFolder.fold(original);
        assertEquals(quoted, text.originalSpan(from, to));
    }

    @ParameterizedTest(name = "{0} keeps its letters")
    @CsvSource(delimiter = '|', value = {
            "zhi是汉语拼音", "知识zhishi", "只治zhi", "根zhi3号", "shui光不治", "微信号genzhi888",
    })
    void pinyinThatSpellsNoClaimWordStays(String original) {
        assertEquals(original.toLowerCase(java.util.Locale.ROOT), TextFolder.fold(original).folded());
    }

    /** A line that ends on a rate or a particle waiting for its object runs on; any other line ends a sentence. */
    @org.junit.jupiter.api.Test
    void aLineBreakAfterAnUnfinishedPhraseIsLayout() {
        assertEquals("鼻炎治愈率高达97%。有效率达98%", TextFolder.fold("鼻炎治愈率\n高达97%。有效率达\n98%").folded());
        assertEquals("治愈率高\n本院地址", TextFolder.fold("治愈率高\n本院地址").folded());
    }

    @org.junit.jupiter.api.Test
    void anEmojiInsideEvidenceIsQuotedWithIt() {
        FoldedText text = TextFolder.fold("不达标💰全额退款");
        assertEquals("不达标全额退款", text.folded());
        assertEquals("不达标💰全额", text.originalSpan(0, 5));
    }

    @org.junit.jupiter.api.Test
    void aSquaredIdeographReadsAsTheCharacterItEncloses() {
        FoldedText text = TextFolder.fold("🈚痛胃肠镜，🈶优惠");
        assertEquals("无痛胃肠镜,有优惠", text.folded());
        // the evidence quotes the pictograph whole, both halves of its surrogate pair
        assertEquals("🈚痛", text.originalSpan(0, 2));
        assertEquals("🈶", text.originalSpan(6, 7));
    }

    @org.junit.jupiter.api.Test
    void lineBreakBetweenBlocksSurvivesAsOneLineBreak() {
        assertEquals("夫妻同查同治\n不孕不育", TextFolder.fold("夫妻同查同治 \n\n  不孕不育").folded());
    }

    @org.junit.jupiter.api.Test
    void separatorBetweenLatinWordsSurvivesAsOneSpace() {
        assertEquals("dc cik免疫细胞", TextFolder.fold("DC-CIK免疫细胞").folded());
        assertEquals("hpv疫苗", TextFolder.fold("HPV 疫苗").folded());
    }

    @org.junit.jupiter.api.Test
    void aFullStopOrSlashBetweenChineseCharactersIsASeparatorButNotInANumber() {
        FoldedText text = TextFolder.fold("专业代.孕十年，代．孕");
        assertEquals("专业代孕十年,代孕", text.folded());
        assertEquals("代.孕", text.originalSpan(2, 4));
        assertEquals("血糖降到6.1", TextFolder.fold("血糖降到6.1").folded());
        assertEquals("一次治愈,剂量1/2", TextFolder.fold("一/次/治/愈，剂量1/2").folded());
        assertEquals("官网www.a.cn", TextFolder.fold("官网www.a.cn").folded());
    }

    /** The simplified text keeps every offset: traditional characters and full-width digits change, punctuation stays. */
    @org.junit.jupiter.api.Test
    void simplifiedTextReadsFullWidthDigitsAsAsciiAndKeepsPunctuation() {
        String original = "報名電話：０７３６－５４１８８２０，ＶＸ：ａｂｃ";
        String simplified = TextFolder.simplified(original);
        assertEquals("报名电话：0736-5418820，VX：abc", simplified);
        assertEquals(original.length(), simplified.length());
    }
}
