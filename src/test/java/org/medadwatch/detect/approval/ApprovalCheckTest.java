package org.medadwatch.detect.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalCheckTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    @TempDir
    static Path dir;
    static ApprovalCheck check;

    @BeforeAll
    static void registry() throws Exception {
        Path csv = dir.resolve("approvals.csv");
        Files.writeString(csv, """
                approval_no,advertiser,valid_from,valid_to,status
                （粤）医广【2026】第03-01-0001号,广州甲乙口腔医院,2026-03-01,2027-02-28,valid
                （豫）医广【2026】第01-15-0023号,郑州丙丁妇产医院,2026-01-15,2027-01-14,revoked
                （湘）医广【2025】第11-01-0033号,长沙戊己医院,2025-11-01,2026-10-31,valid
                "（赣）医广【2025】第11-02-0058号","临某市中心医院",2025-11-02,2026-11-01,valid
                （闽）医广【2026】第02-01-0007号,福州庚辛医院,2026-02-01,2027-01-31,expired
                （闽）医广【2026】第02-01-0008号,福州壬癸医院,2026-02-01,2027-01-31,已注销
                """, StandardCharsets.UTF_8);
        check = new ApprovalCheck(Optional.of(ApprovalRegistry.load(csv)), AS_OF);
    }

    private static String problem(String number, String advertiser) {
        return check.check(number == null ? List.of() : List.of(number), Optional.of(advertiser), advertiser)
                .map(ApprovalProblem::reason).orElse("ok");
    }

    @Test
    void validApprovalForThisAdvertiserPasses() {
        assertEquals("ok", problem("(粤)医广[2026]第03-01-0001号", "广州甲乙口腔医院"));
        assertEquals("ok", problem("（赣）医广【2025】第11-02-0058号", "临某市中心医院"), "valid on its last day");
    }

    @Test
    void numberPrintedInTraditionalCharactersIsTheRegisteredOne() {
        assertEquals("ok", problem("（粵）醫廣【2026】第03-01-0001號", "广州甲乙口腔医院"));
        assertEquals("审查证明已撤销", problem("（豫）醫廣【2026】第01-15-0023號", "郑州丙丁妇产医院"));
        assertEquals("文号登记的广告主为广州甲乙口腔医院，与本页主体不符",
                problem("（粵）醫廣【2026】第03-01-0001號", "广州甲乙皮肤病医院"));
    }

    @Test
    void everyKindOfBadApprovalIsNamed() {
        assertEquals("未标明广告审查证明文号", problem(null, "广州甲乙口腔医院"));
        assertEquals("审查证明已撤销", problem("（豫）医广【2026】第01-15-0023号", "郑州丙丁妇产医院"));
        assertEquals("审查证明已于2026-10-31过期", problem("（湘）医广【2025】第11-01-0033号", "长沙戊己医院"));
        assertEquals("文号登记的广告主为广州甲乙口腔医院，与本页主体不符",
                problem("（粤）医广【2026】第03-01-0001号", "广州甲乙皮肤病医院"));
        assertEquals("审查证明文号格式不符", problem("医广审字第0316号", "某门诊部"));
        assertEquals("文号不在审查登记表中", problem("（粤）医广【2026】第05-01-0009号", "某医院"));
        assertEquals("审查证明已于2026-03-17过期", problem("粤械广审（文）第260317-00217号", "某器械公司"));
        assertEquals("审查证明已过期（登记表标注）", problem("（闽）医广【2026】第02-01-0007号", "福州庚辛医院"),
                "the registry's own word, before its valid_to");
        assertEquals("审查证明已撤销", problem("（闽）医广【2026】第02-01-0008号", "福州壬癸医院"), "Chinese status");
    }

    @Test
    void withoutRegistryTheNumberItselfDecides() {
        ApprovalCheck bare = new ApprovalCheck(Optional.empty(), AS_OF);
        assertTrue(bare.check(List.of("（粤）医广【2026】第05-01-0009号"), Optional.empty(), "").isEmpty());
        assertEquals("审查证明已于2025-04-30过期",
                bare.check(List.of("（粤）医广【2024】第05-01-0009号"), Optional.empty(), "").orElseThrow().reason());
    }

    @Test
    void badRegistryRowStopsLoadingWithItsLine(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "approval_no,advertiser,valid_from,valid_to,status\nA,B,2026-01-01,2026-13-01,valid\n",
                StandardCharsets.UTF_8);
        ApprovalRegistry.RegistryException e = assertThrows(ApprovalRegistry.RegistryException.class,
                () -> ApprovalRegistry.load(csv));
        assertTrue(e.getMessage().contains("bad.csv:2: dates must be YYYY-MM-DD"), e.getMessage());
        Files.writeString(csv, "approval_no,advertiser,valid_from,valid_to,status\nA,B,2026-01-01,2026-12-01,pending\n",
                StandardCharsets.UTF_8);
        e = assertThrows(ApprovalRegistry.RegistryException.class, () -> ApprovalRegistry.load(csv));
        assertTrue(e.getMessage().contains("bad.csv:2: status must be valid, revoked or expired"), e.getMessage());
    }
}
