package org.medadwatch.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads archived responses back by their {@link EvidenceRef}, for the archived-page view. The
 * file is scanned from the start for the record id (files are at most the writer's rotation
 * size, 100 MB by default); a record whose payload no longer matches the cited digest is still
 * returned, marked {@code digestMatches = false}.
 */
public final class EvidenceReader {
    private final Path warcDir;

    public EvidenceReader(Path warcDir) {
        this.warcDir = Objects.requireNonNull(warcDir, "warcDir");
    }

    /**
     * The response a ref cites; empty when the file or record is not there or unreadable.
     *
     * @throws IllegalArgumentException when the ref names a file outside the evidence folder
     */
    public Optional<StoredResponse> find(EvidenceRef ref) throws IOException {
        Objects.requireNonNull(ref, "ref");
        if (!WarcEvidenceWriter.FILE_NAME.matcher(ref.warcFile()).matches()) {
            throw new IllegalArgumentException("not an evidence file name: " + ref.warcFile());
        }
        Path file = warcDir.resolve(ref.warcFile());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (WarcReader reader = new WarcReader(file)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord record = next.get();
                if (record instanceof WarcResponse && record.id().toString().equals(ref.recordId())) {
                    Optional<ResponseBlock> http = ResponseBlock.parse(RecordBlocks.read(record));
                    return http.map(h -> new StoredResponse(h.status(), h.reason(), h.headers(), h.payload(),
                            matches(ref.payloadDigest(), h.payload())));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a torn or damaged file: the record was not reached intact
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matches(String digest, byte[] payload) {
        return Sha256.parse(digest).map(d -> MessageDigest.isEqual(d, Sha256.of(payload))).orElse(false);
    }
}
