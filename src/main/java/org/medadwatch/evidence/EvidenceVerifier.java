package org.medadwatch.evidence;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads every WARC file in the evidence folder and checks every record against its digests:
 * a response's payload against {@code WARC-Payload-Digest}, every record's block against
 * {@code WARC-Block-Digest}. A failure is reported with file, record id and both digests; a
 * file that ends inside a record (a crash) or cannot be read on is reported as such, with every
 * record before that point still checked. Nothing here throws for damaged evidence; only a
 * folder that cannot be listed does.
 */
public final class EvidenceVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceVerifier.class);

    public VerifyReport verify(Path warcDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(warcDir)) {
            files = s.filter(p -> isWarc(p.getFileName().toString())).sorted().toList();
        }
        int records = 0;
        List<VerifyReport.Problem> problems = new ArrayList<>();
        for (Path file : files) {
            records += verifyFile(file, problems);
        }
        LOG.info("verified {} response records in {} files under {}: {} problems", records, files.size(),
                warcDir, problems.size());
        return new VerifyReport(records, problems);
    }

    static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    private static int verifyFile(Path file, List<VerifyReport.Problem> problems) {
        String name = file.getFileName().toString();
        int responses = 0;
        long offset = 0;
        Optional<String> id = Optional.empty();
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                id = Optional.empty();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                WarcRecord record = next.get();
                offset = reader.position();
                id = Optional.of(record.id().toString());
                byte[] block = RecordBlocks.read(record);
                check(name, offset, id.get(), "WARC-Block-Digest", record.blockDigest().map(d -> d.toString()),
                        block, false, problems);
                if (record instanceof WarcResponse) {
                    Optional<ResponseBlock> http = ResponseBlock.parse(block);
                    byte[] payload = http.map(ResponseBlock::payload).orElse(block);
                    check(name, offset, id.get(), "WARC-Payload-Digest",
                            record.headers().first("WARC-Payload-Digest"), payload, true, problems);
                    responses++;
                }
            }
        } catch (RecordBlocks.ShortBlockException | EOFException e) {
            problems.add(new VerifyReport.Problem(VerifyReport.Kind.TRUNCATED, name, id, offset, Optional.empty(),
                    Optional.empty(), "file ends inside a record (torn write?): " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            VerifyReport.Kind kind = looksTruncated(e) ? VerifyReport.Kind.TRUNCATED : VerifyReport.Kind.DAMAGED;
            problems.add(new VerifyReport.Problem(kind, name, id, offset, Optional.empty(), Optional.empty(),
                    "unreadable after this point: " + e));
        }
        return responses;
    }

    private static boolean looksTruncated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EOFException || m.contains("unexpected end") || m.contains("premature end")
                    || m.contains("truncated")) {
                return true;
            }
        }
        return false;
    }

    private static void check(String file, long offset, String id, String field, Optional<String> recorded,
                              byte[] bytes, boolean required, List<VerifyReport.Problem> problems) {
        if (recorded.isEmpty()) {
            if (required) {
                problems.add(new VerifyReport.Problem(VerifyReport.Kind.MISSING_DIGEST, file, Optional.of(id), offset,
                        Optional.empty(), Optional.empty(), "no " + field));
            }
            return;
        }
        Optional<byte[]> expected = Sha256.parse(recorded.get());
        if (expected.isEmpty()) {
            problems.add(new VerifyReport.Problem(VerifyReport.Kind.MISSING_DIGEST, file, Optional.of(id), offset,
                    recorded, Optional.empty(), field + " is not a SHA-256 we can read: " + recorded.get()));
            return;
        }
        byte[] actual = Sha256.of(bytes);
        if (!MessageDigest.isEqual(expected.get(), actual)) {
            VerifyReport.Kind kind = field.equals("WARC-Payload-Digest")
                    ? VerifyReport.Kind.PAYLOAD_MISMATCH : VerifyReport.Kind.BLOCK_MISMATCH;
            String now = Sha256.format(actual);
            problems.add(new VerifyReport.Problem(kind, file, Optional.of(id), offset,
                    Optional.of(Sha256.format(expected.get())), Optional.of(now),
                    field + " is " + Sha256.format(expected.get()) + " but the bytes now hash to " + now));
        }
    }
}
