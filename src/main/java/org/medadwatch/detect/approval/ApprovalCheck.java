package org.medadwatch.detect.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medadwatch.detect.text.TextFolder;

/**
 * Judges the approval numbers a medical advertisement shows, as of a date: none shown, a
 * malformed one, one expired, revoked, missing from the registry, or issued to another
 * advertiser make it unapproved (广告法§46; 医广办法§3, §13, §14).
 */
public final class ApprovalCheck {
    private final ApprovalRegistry registry;
    private final boolean registryGiven;
    private final LocalDate asOf;

    public ApprovalCheck(Optional<ApprovalRegistry> registry, LocalDate asOf) {
        this.registry = registry.orElse(ApprovalRegistry.empty());
        this.registryGiven = registry.isPresent();
        this.asOf = asOf;
    }

    /**
     * Empty when one of the numbers shown is a valid approval for this advertiser.
     *
     * @param foldedPageText the page text folded by {@link TextFolder}, to find the registered advertiser named on it
     */
    public Optional<ApprovalProblem> check(List<String> printedNumbers, Optional<String> advertiser,
                                           String foldedPageText) {
        if (printedNumbers.isEmpty()) {
            return Optional.of(new ApprovalProblem("未标明广告审查证明文号", Optional.empty()));
        }
        ApprovalProblem first = null;
        for (String printed : printedNumbers) {
            Optional<String> problem = problem(ApprovalNumber.parse(printed), advertiser, foldedPageText);
            if (problem.isEmpty()) {
                return Optional.empty();
            }
            if (first == null) {
                first = new ApprovalProblem(problem.get(), Optional.of(printed));
            }
        }
        return Optional.of(first);
    }

    private Optional<String> problem(ApprovalNumber number, Optional<String> advertiser, String foldedPageText) {
        if (number.kind() == ApprovalNumber.Kind.MALFORMED) {
            return Optional.of("审查证明文号格式不符");
        }
        Optional<ApprovalRecord> record = registry.find(number);
        if (record.isPresent()) {
            ApprovalRecord r = record.get();
            if (r.status() == ApprovalRecord.Status.REVOKED) {
                return Optional.of("审查证明已撤销");
            }
            if (r.status() == ApprovalRecord.Status.EXPIRED) {
                return Optional.of("审查证明已过期（登记表标注）");
            }
            if (asOf.isAfter(r.validTo())) {
                return Optional.of("审查证明已于" + r.validTo() + "过期");
            }
            if (asOf.isBefore(r.validFrom())) {
                return Optional.of("审查证明自" + r.validFrom() + "起才有效");
            }
            if (!sameAdvertiser(r.advertiser(), advertiser, foldedPageText)) {
                return Optional.of("文号登记的广告主为" + r.advertiser() + "，与本页主体不符");
            }
            return Optional.empty();
        }
        if (number.validTo().isPresent() && asOf.isAfter(number.validTo().get())) {
            return Optional.of("审查证明已于" + number.validTo().get() + "过期");
        }
        if (registryGiven) {
            return Optional.of("文号不在审查登记表中");
        }
        return Optional.empty();
    }

    /** The registry's advertiser is the page's advertiser, or is named on the page. */
    private static boolean sameAdvertiser(String registered, Optional<String> advertiser, String foldedPageText) {
        String who = TextFolder.foldPhrase(registered);
        return advertiser.map(TextFolder::foldPhrase).filter(who::equals).isPresent()
                || foldedPageText.contains(who);
    }
}
