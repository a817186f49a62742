package org.medadwatch.clue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medadwatch.detect.Category;
import org.medadwatch.evidence.EvidenceRef;

/**
 * One line of a clue sheet: a clue with the page facts an analyst dispatches it with.
 *
 * @param number          线索编号
 * @param firstSeen       发现时间
 * @param siteName        网站或公众号
 * @param url             网址
 * @param advertiser      主体名称
 * @param phones          联系电话, as printed
 * @param icp             ICP备案号
 * @param jurisdiction    属地
 * @param category        违法类型 and 类别代码
 * @param excerpt         违法内容摘录
 * @param basis           法律依据
 * @param approvalNumbers 审查证明文号, as printed
 * @param evidence        证据记录 and 证据SHA-256
 * @param status          状态
 */
public record ClueRow(String number, Instant firstSeen, String siteName, String url, Optional<String> advertiser,
                      List<String> phones, Optional<String> icp, Jurisdiction jurisdiction, Category category,
                      String excerpt, String basis, List<String> approvalNumbers, EvidenceRef evidence,
                      ClueStatus status) {
    public ClueRow {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(advertiser, "advertiser");
        phones = List.copyOf(phones);
        Objects.requireNonNull(icp, "icp");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(basis, "basis");
        approvalNumbers = List.copyOf(approvalNumbers);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(status, "status");
    }
}
