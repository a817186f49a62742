package org.medadwatch.evidence;

import java.util.Objects;

/**
 * Where the evidence of one fetched response lies: the WARC file (name relative to the
 * evidence folder), the WARC-Record-ID of its response record, and the SHA-256 of the
 * payload as written in WARC-Payload-Digest (e.g. {@code sha256:...}).
 */
public record EvidenceRef(String warcFile, String recordId, String payloadDigest) {
    public EvidenceRef {
        Objects.requireNonNull(warcFile, "warcFile");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
    }
}
