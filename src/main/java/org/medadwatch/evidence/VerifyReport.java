package org.medadwatch.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link EvidenceVerifier} found.
 *
 * @param records  response records read in full and checked
 * @param problems every record or file that failed, in file order
 */
public record VerifyReport(int records, List<Problem> problems) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public enum Kind {
        /** The payload no longer hashes to its {@code WARC-Payload-Digest}: the body was altered. */
        PAYLOAD_MISMATCH,
        /** The block (HTTP headers and body) no longer hashes to its {@code WARC-Block-Digest}. */
        BLOCK_MISMATCH,
        /** A response record without a SHA-256 payload digest we can read. */
        MISSING_DIGEST,
        /** The file ends inside a record, as after a crash; records before it were checked. */
        TRUNCATED,
        /** The file cannot be read past this point (bad gzip, not WARC); records before it were checked. */
        DAMAGED
    }

    /**
     * One failure.
     *
     * @param warcFile the file's name in the evidence folder
     * @param recordId the record's {@code WARC-Record-ID}, when the failure is one record's
     * @param offset   the byte offset in the file where the record or the damage begins
     * @param expected the digest recorded, for a mismatch
     * @param actual   the digest computed now, for a mismatch
     * @param detail   a sentence for the analyst
     */
    public record Problem(Kind kind, String warcFile, Optional<String> recordId, long offset,
                          Optional<String> expected, Optional<String> actual, String detail) {
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(warcFile, "warcFile");
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return kind + " " + warcFile + "@" + offset + recordId.map(id -> " " + id).orElse("") + ": " + detail;
        }
    }
}
