package org.medadwatch.detect.approval;

import java.time.LocalDate;

/** One row of the approvals registry. */
public record ApprovalRecord(String approvalNo, String advertiser, LocalDate validFrom, LocalDate validTo,
                             Status status) {
    public enum Status { VALID, REVOKED }
}
