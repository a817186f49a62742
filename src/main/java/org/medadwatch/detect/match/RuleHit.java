package org.medadwatch.detect.match;

import org.medadwatch.detect.rules.Rule;

/** A verified hit of a rule: the evidence span in folded text, {@code [start, end)}. */
public record RuleHit(Rule rule, int start, int end) {
}
