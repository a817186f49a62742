package org.medadwatch.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading evidence back at the offset the writer recorded, in plain and gzipped files, and the
 * scan from the start that stands in when the offset is unknown or wrong.
 */
class EvidenceReaderTest {
    private static final int RECORDS = 40;

    @TempDir
    Path dir;

    private List<EvidenceRef> write(boolean gzip, long maxFileBytes) throws IOException {
        List<EvidenceRef> refs = new ArrayList<>();
        WarcWriterOptions options = WarcWriterOptions.defaults().withGzip(gzip).withMaxFileBytes(maxFileBytes);
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir, options)) {
            for (int i = 0; i < RECORDS; i++) {
                refs.add(w.write(WarcEvidenceWriterTest.page("http://example.cn/" + i, body(i))));
            }
        }
        return refs;
    }

    private static String body(int i) {
        return "<p>第" + i + "页 " + "治愈率".repeat(i) + "</p>";
    }

    private static String text(StoredResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void everyRecordIsReadAtItsOwnOffset(boolean gzip) throws IOException {
        List<EvidenceRef> refs = write(gzip, WarcWriterOptions.DEFAULT_MAX_FILE_BYTES);
        assertEquals(1, refs.stream().map(EvidenceRef::warcFile).distinct().count());
        EvidenceReader reader = new EvidenceReader(dir);
        long previous = 0; // the warcinfo record comes first
        for (int i = 0; i < RECORDS; i++) {
            EvidenceRef ref = refs.get(i);
            long offset = ref.offset().orElseThrow();
            assertTrue(offset > previous, "offsets grow: " + offset + " after " + previous);
            previous = offset;
            Path file = dir.resolve(ref.warcFile());
            // found there, not by the fallback scan
            StoredResponse at = EvidenceReader.findAtOffset(file, ref).orElseThrow(() -> new AssertionError(ref));
            assertEquals(body(i), text(at));
            assertTrue(at.digestMatches());
            assertEquals(at, reader.find(ref).orElseThrow());
        }
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void offsetIsWhereTheRecordOrItsGzipMemberBegins(boolean gzip) throws IOException {
        EvidenceRef ref = write(gzip, WarcWriterOptions.DEFAULT_MAX_FILE_BYTES).get(7);
        byte[] file = Files.readAllBytes(dir.resolve(ref.warcFile()));
        int offset = Math.toIntExact(ref.offset().orElseThrow());
        byte[] head = Arrays.copyOfRange(file, offset, offset + 2);
        String record;
        if (gzip) {
            assertArrayEquals(new byte[] {(byte) 0x1f, (byte) 0x8b}, head, "a gzip member's magic");
            try (InputStream in = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(file, offset, file.length - offset))) {
                record = new String(in.readNBytes(1000), StandardCharsets.UTF_8);
            }
        } else {
            record = new String(file, offset, Math.min(1000, file.length - offset), StandardCharsets.UTF_8);
        }
        String header = record.substring(0, record.indexOf("\r\n\r\n") + 2);
        assertTrue(header.startsWith("WARC/1.1\r\n"), header);
        assertTrue(header.contains("\r\nWARC-Type: response\r\n"), header);
        assertTrue(header.contains("\r\nWARC-Record-ID: <" + ref.recordId() + ">\r\n"), header);
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void offsetsCountFromTheStartOfEachRotatedFile(boolean gzip) throws IOException {
        List<EvidenceRef> refs = write(gzip, 4096);
        assertTrue(refs.stream().map(EvidenceRef::warcFile).distinct().count() > 2, "files rotated");
        for (int i = 0; i < RECORDS; i++) {
            EvidenceRef ref = refs.get(i);
            assertEquals(body(i), text(EvidenceReader.findAtOffset(dir.resolve(ref.warcFile()), ref).orElseThrow()));
        }
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void aWrongOffsetIsNeverReadAsAnotherRecordAndTheScanStillFindsIt(boolean gzip) throws IOException {
        List<EvidenceRef> refs = write(gzip, WarcWriterOptions.DEFAULT_MAX_FILE_BYTES);
        EvidenceRef wanted = refs.get(30);
        long size = Files.size(dir.resolve(wanted.warcFile()));
        long otherRecord = refs.get(10).offset().orElseThrow();
        long midRecord = wanted.offset().orElseThrow() + 5;
        EvidenceReader reader = new EvidenceReader(dir);
        for (long wrong : List.of(0L, otherRecord, midRecord, size - 1, size, size + 1000)) {
            EvidenceRef ref = new EvidenceRef(wanted.warcFile(), wanted.recordId(), wanted.payloadDigest(), wrong);
            assertEquals(Optional.empty(), EvidenceReader.findAtOffset(dir.resolve(ref.warcFile()), ref),
                    "nothing is taken from offset " + wrong);
            StoredResponse found = reader.find(ref).orElseThrow(() -> new AssertionError("offset " + wrong));
            assertEquals(body(30), text(found), "offset " + wrong);
            assertTrue(found.digestMatches());
        }
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void aRefWithoutAnOffsetIsFoundByScanning(boolean gzip) throws IOException {
        List<EvidenceRef> refs = write(gzip, WarcWriterOptions.DEFAULT_MAX_FILE_BYTES);
        EvidenceReader reader = new EvidenceReader(dir);
        for (int i : new int[] {0, 17, RECORDS - 1}) {
            EvidenceRef old = new EvidenceRef(refs.get(i).warcFile(), refs.get(i).recordId(), refs.get(i).payloadDigest());
            assertEquals(OptionalLong.empty(), old.offset());
            assertEquals(body(i), text(reader.find(old).orElseThrow()));
        }
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void anUnknownRecordIdIsEmptyWithOrWithoutAnOffset(boolean gzip) throws IOException {
        EvidenceRef real = write(gzip, WarcWriterOptions.DEFAULT_MAX_FILE_BYTES).get(3);
        EvidenceReader reader = new EvidenceReader(dir);
        String nope = "urn:uuid:00000000-0000-0000-0000-000000000000";
        assertEquals(Optional.empty(), reader.find(new EvidenceRef(real.warcFile(), nope, real.payloadDigest(),
                real.offset())));
        assertEquals(Optional.empty(), reader.find(new EvidenceRef(real.warcFile(), nope, real.payloadDigest())));
    }
}
