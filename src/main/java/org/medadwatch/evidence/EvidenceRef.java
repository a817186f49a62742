package org.medadwatch.evidence;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where the evidence of one fetched response lies: the WARC file (name relative to the
 * evidence folder), the WARC-Record-ID of its response record, the SHA-256 of the payload as
 * written in WARC-Payload-Digest (e.g. {@code sha256:...}), and the byte offset in the file where
 * the record begins (in a {@code .warc.gz}, where its gzip member begins). The offset is a hint
 * for finding the record fast, not part of what is cited: it is empty for refs recorded before
 * offsets were kept, and a reader checks the record id it finds there.
 */
public record EvidenceRef(String warcFile, String recordId, String payloadDigest, OptionalLong offset) {
    public EvidenceRef {
        Objects.requireNonNull(warcFile, "warcFile");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
        Objects.requireNonNull(offset, "offset");
        if (offset.isPresent() && offset.getAsLong() < 0) {
            throw new IllegalArgumentException("negative offset: " + offset.getAsLong());
        }
    }

    /** A ref whose record's offset is not known: found by reading its file from the start. */
    public EvidenceRef(String warcFile, String recordId, String payloadDigest) {
        this(warcFile, recordId, payloadDigest, OptionalLong.empty());
    }

    /** A ref whose record begins {@code offset} bytes into its file. */
    public EvidenceRef(String warcFile, String recordId, String payloadDigest, long offset) {
        this(warcFile, recordId, payloadDigest, OptionalLong.of(offset));
    }
}
