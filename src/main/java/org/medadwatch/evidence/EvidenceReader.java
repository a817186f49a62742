package org.medadwatch.evidence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads archived responses back by their {@link EvidenceRef}: for re-judging a page answered 304
 * from its stored body, re-indexing, and the archived-page views. A ref with an offset is read
 * at that offset, and the record found there is used only if it is a response with the ref's
 * record id. A ref without one (recorded before offsets were kept), or whose offset does not hold
 * its record, is found by scanning the file from the start (files are at most the writer's
 * rotation size, 100 MB by default). A record whose payload no longer matches the cited digest
 * is still returned, marked {@code digestMatches = false}.
 */
public final class EvidenceReader {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceReader.class);
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
        if (ref.offset().isPresent()) {
            Optional<StoredResponse> at = findAtOffset(file, ref);
            if (at.isPresent()) {
                return at;
            }
            LOG.warn("{}: record {} not at offset {}; scanning the file for it", ref.warcFile(), ref.recordId(),
                    ref.offset().getAsLong());
        }
        return scan(file, ref);
    }

    /** The response at the ref's offset, if the record that begins there is the one the ref names. */
    static Optional<StoredResponse> findAtOffset(Path file, EvidenceRef ref) {
        long offset = ref.offset().orElseThrow();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (offset >= channel.size()) {
                return Optional.empty();
            }
            channel.position(offset);
            // the reader detects gzip from the bytes where it starts, so a member start reads as one
            try (WarcReader reader = new WarcReader(channel)) {
                Optional<WarcRecord> record = reader.next();
                if (record.isPresent() && isCited(record.get(), ref)) {
                    return stored(record.get(), ref);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a record boundary, or damage there: the caller scans from the start
            LOG.debug("{}: no record readable at offset {}: {}", ref.warcFile(), offset, e.toString());
        }
        return Optional.empty();
    }

    private static Optional<StoredResponse> scan(Path file, EvidenceRef ref) {
        try (WarcReader reader = new WarcReader(file)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                if (isCited(next.get(), ref)) {
                    return stored(next.get(), ref);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a torn or damaged file: the record was not reached intact
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isCited(WarcRecord record, EvidenceRef ref) {
        return record instanceof WarcResponse && record.id().toString().equals(ref.recordId());
    }

    private static Optional<StoredResponse> stored(WarcRecord record, EvidenceRef ref) throws IOException {
        Optional<ResponseBlock> http = ResponseBlock.parse(RecordBlocks.read(record));
        return http.map(h -> new StoredResponse(h.status(), h.reason(), h.headers(), h.payload(),
                matches(ref.payloadDigest(), h.payload())));
    }

    private static boolean matches(String digest, byte[] payload) {
        return Sha256.parse(digest).map(d -> MessageDigest.isEqual(d, Sha256.of(payload))).orElse(false);
    }
}
