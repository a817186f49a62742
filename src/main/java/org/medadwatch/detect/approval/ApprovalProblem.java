package org.medadwatch.detect.approval;

import java.util.Optional;

/** Why a medical advertisement counts as unapproved, and the number it showed, if any. */
public record ApprovalProblem(String reason, Optional<String> number) {
}
