package org.medadwatch.scan;

import java.io.IOException;
import java.util.Optional;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.evidence.StoredResponse;

/** A body read back from the evidence, with the Content-Type it was served with: enough to judge it again. */
record StoredBody(byte[] body, Optional<String> contentType) {
    static Optional<StoredBody> find(EvidenceReader evidence, EvidenceRef ref) throws IOException {
        Optional<StoredResponse> response = evidence.find(ref);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        StoredResponse r = response.get();
        Optional<String> contentType = r.headers().stream()
                .filter(h -> h.name().equalsIgnoreCase("Content-Type")).map(h -> h.value()).findFirst();
        return Optional.of(new StoredBody(r.body(), contentType));
    }
}
