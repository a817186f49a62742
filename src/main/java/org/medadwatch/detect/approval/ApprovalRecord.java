package org.medadwatch.detect.approval;

import java.time.LocalDate;

/** One row of the approvals registry. */
public record ApprovalRecord(String approvalNo, String advertiser, LocalDate validFrom, LocalDate validTo,
                             Status status) {
    /** {@code EXPIRED}: the registry says so itself, whatever {@code validTo} says (a registrar's own verdict). */
    public enum Status { VALID, REVOKED, EXPIRED }
}
