package org.medadwatch.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each fetched exchange to WARC/1.1 files as a {@code request} and a {@code response}
 * record that name each other ({@code WARC-Concurrent-To}), each with a
 * {@code WARC-Block-Digest}, the response also with a {@code WARC-Payload-Digest}; both in the
 * form {@code sha256:<64 lowercase hex>}.
 *
 * <p>Files are {@code MEDADWATCH-<UTC yyyyMMddHHmmssSSS>-<seq>.warc.gz} in the folder given,
 * each begun with a {@code warcinfo} record and rotated past a size limit. A writer only ever
 * creates new files (never appends), so a file torn by a crash of an earlier process stays as it
 * was, and the verifier reports its torn tail.
 *
 * <p>Durability: {@link #write} returns only after both records are on disk (the file channel
 * forced, and the folder forced once when the file was created), so a clue that cites the
 * returned {@link EvidenceRef} never outlives its evidence. The ref carries the byte offset of the
 * response record (of its gzip member, in a {@code .warc.gz}), so a reader can seek to it.
 * Thread-safe: writes are serialised.
 */
public final class WarcEvidenceWriter implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(WarcEvidenceWriter.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** The names this writer gives; the reader refuses any other name in an {@link EvidenceRef}. */
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.warc(\\.gz)?");

    private final Path dir;
    private final WarcWriterOptions options;
    private final String stamp;
    private int seq;
    private FileChannel channel;
    private WarcWriter writer;
    private String fileName;
    private boolean closed;

    private WarcEvidenceWriter(Path dir, WarcWriterOptions options) {
        this.dir = dir;
        this.options = options;
        this.stamp = STAMP.format(Instant.now());
    }

    /** Opens a writer on a folder, creating it; fails now if the folder cannot be made. */
    public static WarcEvidenceWriter open(Path warcDir, WarcWriterOptions options) throws IOException {
        Objects.requireNonNull(warcDir, "warcDir");
        Objects.requireNonNull(options, "options");
        Files.createDirectories(warcDir);
        if (!Files.isWritable(warcDir)) {
            throw new IOException("evidence folder not writable: " + warcDir);
        }
        return new WarcEvidenceWriter(warcDir, options);
    }

    public static WarcEvidenceWriter open(Path warcDir) throws IOException {
        return open(warcDir, WarcWriterOptions.defaults());
    }

    /**
     * Writes one exchange and forces it to disk.
     *
     * @return where the response record lies, with its payload digest
     * @throws IOException when the records could not be written or forced; the exchange then has
     *                     no evidence and must not be cited
     */
    public synchronized EvidenceRef write(FetchRecord r) throws IOException {
        Objects.requireNonNull(r, "r");
        if (closed) {
            throw new IllegalStateException("evidence writer closed");
        }
        if (writer == null) {
            startFile();
        }
        byte[] body = r.body();
        String payloadDigest = Sha256.format(Sha256.of(body));
        byte[] requestBlock = HttpBlocks.request(r);
        byte[] responseBlock = HttpBlocks.response(r, body);
        URI requestId = newId();
        URI responseId = newId();

        WarcRequest.Builder request = new WarcRequest.Builder(r.url())
                .version(MessageVersion.WARC_1_1)
                .recordId(requestId)
                .date(r.fetchedAt())
                .concurrentTo(responseId)
                .setHeader("WARC-Block-Digest", blockDigest(requestBlock))
                .body(MediaType.HTTP_REQUEST, requestBlock);
        WarcResponse.Builder response = new WarcResponse.Builder(r.url())
                .version(MessageVersion.WARC_1_1)
                .recordId(responseId)
                .date(r.fetchedAt())
                .concurrentTo(requestId)
                // set as text: jwarc's own digest setters would rewrite the value in base32
                .setHeader("WARC-Block-Digest", blockDigest(responseBlock))
                .setHeader("WARC-Payload-Digest", payloadDigest)
                .body(MediaType.HTTP_RESPONSE, responseBlock);
        r.remoteIp().ifPresent(response::ipAddress);
        r.remoteIp().ifPresent(request::ipAddress);

        String file = fileName;
        long offset;
        try {
            // where the response begins: with gzip, each record is its own member, so a reader can start there
            offset = writer.position();
            writer.write(response.build());
            writer.write(request.build());
            channel.force(false);
        } catch (IOException | RuntimeException e) {
            // the file may now end in a torn record: never write after it
            abandonFile();
            throw e instanceof IOException io ? io : new IOException("writing evidence for " + r.url(), e);
        }
        if (channel.size() >= options.maxFileBytes()) {
            finishFile();
        }
        return new EvidenceRef(file, responseId.toString(), payloadDigest, offset);
    }

    /** Closes the current file; later writes fail. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            finishFile();
        }
    }

    private void startFile() throws IOException {
        while (true) {
            seq++;
            String name = String.format(Locale.ROOT, "MEDADWATCH-%s-%05d.warc%s", stamp, seq,
                    options.gzip() ? ".gz" : "");
            Path path = dir.resolve(name);
            try {
                channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue; // another writer began in the same millisecond: take the next number
            }
            fileName = name;
            break;
        }
        try {
            writer = new WarcWriter(channel, options.gzip() ? WarcCompression.GZIP : WarcCompression.NONE);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("software", List.of(options.software()));
            fields.put("format", List.of("WARC File Format 1.1"));
            fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
            fields.put("description", List.of("evidence of fetched pages; digests are sha256:<hex>"));
            writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).recordId(newId()).date(Instant.now()).filename(fileName)
                    .fields(fields).build());
            channel.force(false);
            forceFolder();
        } catch (IOException | RuntimeException e) {
            abandonFile();
            throw e instanceof IOException io ? io : new IOException("starting evidence file " + fileName, e);
        }
        LOG.info("evidence file {} begun", fileName);
    }

    private void finishFile() throws IOException {
        if (writer == null) {
            return;
        }
        try {
            channel.force(false);
            writer.close(); // closes the channel
        } finally {
            LOG.info("evidence file {} closed", fileName);
            writer = null;
            channel = null;
            fileName = null;
        }
    }

    private void abandonFile() {
        try {
            if (writer != null) {
                writer.close();
            } else if (channel != null) {
                channel.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing damaged evidence file {}: {}", fileName, e.toString());
        }
        writer = null;
        channel = null;
        fileName = null;
    }

    /** Makes the new file's directory entry durable (Linux, macOS; a no-op where unsupported). */
    private void forceFolder() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot force folder {}: {}", dir, e.toString());
        }
    }

    private static String blockDigest(byte[] block) {
        return Sha256.format(Sha256.of(block));
    }

    private static URI newId() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }
}
