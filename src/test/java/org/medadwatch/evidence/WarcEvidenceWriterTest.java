package org.medadwatch.evidence;

import org.medadwatch.page.HttpHeader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

class WarcEvidenceWriterTest {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dir;

    static FetchRecord page(String url, String html) {
        return page(url, html.getBytes(StandardCharsets.UTF_8));
    }

    static FetchRecord page(String url, byte[] body) {
        return new FetchRecord(URI.create(url), AT, "GET",
                List.of(new HttpHeader("User-Agent", "MedAdWatch/0.1"), new HttpHeader("Accept", "text/html")),
                200, "OK",
                List.of(new HttpHeader("Content-Type", "text/html; charset=utf-8"),
                        new HttpHeader("Transfer-Encoding", "chunked")),
                body, Optional.of(InetAddress.getLoopbackAddress()));
    }

    private List<Path> warcFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> EvidenceVerifier.isWarc(p.getFileName().toString())).sorted().toList();
        }
    }

    @Test
    void writtenEvidenceVerifiesCleanAndReadsBack() throws IOException {
        EvidenceRef ref;
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir)) {
            ref = w.write(page("http://example.cn/a?x=1", "<html><title>某医院</title>根治包好</html>"));
            w.write(page("http://example.cn/b", "<p>second</p>"));
        }
        assertTrue(ref.warcFile().matches("MEDADWATCH-\\d{17}-00001\\.warc\\.gz"), ref.warcFile());
        String expected = "sha256:" + HexFormat.of().formatHex(Sha256.of(
                "<html><title>某医院</title>根治包好</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, ref.payloadDigest());

        VerifyReport report = new EvidenceVerifier().verify(dir);
        assertEquals(2, report.records());
        assertTrue(report.clean(), report.problems().toString());

        StoredResponse stored = new EvidenceReader(dir).find(ref).orElseThrow();
        assertEquals(200, stored.status());
        assertEquals("OK", stored.reason());
        assertTrue(stored.digestMatches());
        assertEquals(new HttpHeader("X-Orig-Transfer-Encoding", "chunked"), stored.headers().get(1));
        assertEquals("<html><title>某医院</title>根治包好</html>", new String(stored.body(), StandardCharsets.UTF_8));
    }

    @Test
    void fileHoldsWarcinfoThenLinkedResponseAndRequest() throws IOException {
        EvidenceRef ref;
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir)) {
            ref = w.write(page("http://example.cn/a?x=1", "body"));
        }
        List<WarcRecord> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(dir.resolve(ref.warcFile()))) {
            for (WarcRecord r : reader) {
                records.add(r);
                r.body().consume();
            }
        }
        assertEquals(List.of("warcinfo", "response", "request"), records.stream().map(WarcRecord::type).toList());
        WarcResponse response = (WarcResponse) records.get(1);
        WarcRequest request = (WarcRequest) records.get(2);
        assertEquals(ref.recordId(), response.id().toString());
        assertEquals(List.of(request.id()), response.concurrentTo());
        assertEquals(List.of(response.id()), request.concurrentTo());
        assertEquals(ref.payloadDigest(), response.headers().first("WARC-Payload-Digest").orElseThrow());
        assertTrue(response.headers().first("WARC-Block-Digest").orElseThrow().startsWith("sha256:"));
        assertEquals("WARC/1.1", response.version().toString());
        assertEquals(AT, response.date());
        assertEquals(Optional.of(InetAddress.getLoopbackAddress()), response.ipAddress());
        assertEquals("http://example.cn/a?x=1", response.target());
    }

    @Test
    void gbkBytesRoundTripUnchanged() throws IOException {
        byte[] gbk = "<meta charset=gbk><p>无痛人流，治愈率99%，医保定点</p>".getBytes(Charset.forName("GBK"));
        EvidenceRef ref;
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir)) {
            ref = w.write(page("http://example.cn/gbk", gbk));
        }
        StoredResponse stored = new EvidenceReader(dir).find(ref).orElseThrow();
        assertArrayEquals(gbk, stored.body());
        assertTrue(stored.digestMatches());
    }

    @Test
    void flippedPayloadByteNamesExactlyThatRecord() throws IOException {
        List<EvidenceRef> refs = new ArrayList<>();
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir, WarcWriterOptions.defaults().withGzip(false))) {
            refs.add(w.write(page("http://example.cn/1", "<p>第一页 AAAA</p>")));
            refs.add(w.write(page("http://example.cn/2", "<p>第二页 BBBB</p>")));
            refs.add(w.write(page("http://example.cn/3", "<p>第三页 CCCC</p>")));
        }
        Path file = dir.resolve(refs.get(1).warcFile());
        assertTrue(file.getFileName().toString().endsWith(".warc"));
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "BBBB".getBytes(StandardCharsets.US_ASCII));
        bytes[at] = 'X';
        Files.write(file, bytes);

        VerifyReport report = new EvidenceVerifier().verify(dir);
        assertEquals(3, report.records());
        // the payload is part of the block, so both digests of that one record fail
        assertEquals(List.of(VerifyReport.Kind.BLOCK_MISMATCH, VerifyReport.Kind.PAYLOAD_MISMATCH),
                report.problems().stream().map(VerifyReport.Problem::kind).toList());
        for (VerifyReport.Problem p : report.problems()) {
            assertEquals(Optional.of(refs.get(1).recordId()), p.recordId());
            assertEquals(refs.get(1).warcFile(), p.warcFile());
        }
        VerifyReport.Problem payload = report.problems().get(1);
        assertEquals(Optional.of(refs.get(1).payloadDigest()), payload.expected());
        assertNotEquals(payload.expected(), payload.actual());

        assertFalse(new EvidenceReader(dir).find(refs.get(1)).orElseThrow().digestMatches());
        assertTrue(new EvidenceReader(dir).find(refs.get(2)).orElseThrow().digestMatches());
    }

    @Test
    void flippedPayloadByteInGzipMemberIsFoundToo() throws IOException {
        EvidenceRef ref;
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir)) {
            w.write(page("http://example.cn/1", "<p>AAAA</p>"));
            ref = w.write(page("http://example.cn/2", "<p>BBBB</p>"));
        }
        Path file = dir.resolve(ref.warcFile());
        // decompress every member, alter the payload, write it back as a valid gzip file
        byte[] plain;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            plain = in.readAllBytes();
        }
        plain[indexOf(plain, "BBBB".getBytes(StandardCharsets.US_ASCII))] = 'X';
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(plain);
        }
        VerifyReport report = new EvidenceVerifier().verify(dir);
        assertEquals(2, report.records());
        VerifyReport.Problem p = report.problems().stream()
                .filter(x -> x.kind() == VerifyReport.Kind.PAYLOAD_MISMATCH).findFirst().orElseThrow();
        assertEquals(Optional.of(ref.recordId()), p.recordId());
        assertEquals(2, report.problems().size(), report.problems().toString());
    }

    @Test
    void tornLastRecordIsReportedAndOthersStillVerified() throws IOException {
        EvidenceRef first;
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir)) {
            first = w.write(page("http://example.cn/1", "<p>kept</p>"));
            w.write(page("http://example.cn/2", "<p>" + "torn ".repeat(2000) + "</p>"));
        }
        Path file = dir.resolve(first.warcFile());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 200)); // a crash mid-record

        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir)) { // a new process after the crash
            w.write(page("http://example.cn/3", "<p>after</p>"));
        }
        assertEquals(2, warcFiles().size(), "the torn file is never appended to");

        VerifyReport report = new EvidenceVerifier().verify(dir);
        assertEquals(List.of(VerifyReport.Kind.TRUNCATED),
                report.problems().stream().map(VerifyReport.Problem::kind).toList(), report.problems().toString());
        assertEquals(first.warcFile(), report.problems().get(0).warcFile());
        assertTrue(report.records() >= 2, "the record before the tear and the new file are verified");
        assertTrue(new EvidenceReader(dir).find(first).orElseThrow().digestMatches());
    }

    @Test
    void garbageFileIsReportedNotThrown() throws IOException {
        Files.write(dir.resolve("MEDADWATCH-x-00001.warc.gz"), "not a warc at all".getBytes(StandardCharsets.US_ASCII));
        VerifyReport report = new EvidenceVerifier().verify(dir);
        assertEquals(1, report.problems().size());
        assertEquals(0, report.records());
    }

    @Test
    void filesRotatePastTheSizeLimit() throws IOException {
        List<EvidenceRef> refs = new ArrayList<>();
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir, WarcWriterOptions.defaults().withMaxFileBytes(4096))) {
            for (int i = 0; i < 20; i++) {
                refs.add(w.write(page("http://example.cn/" + i, "<p>" + "x".repeat(i) + i + "页".repeat(500) + "</p>")));
            }
        }
        assertTrue(warcFiles().size() > 2, warcFiles().toString());
        VerifyReport report = new EvidenceVerifier().verify(dir);
        assertEquals(20, report.records());
        assertTrue(report.clean());
        EvidenceReader reader = new EvidenceReader(dir);
        for (EvidenceRef ref : refs) {
            assertTrue(reader.find(ref).orElseThrow().digestMatches(), ref.toString());
        }
    }

    @Test
    void fourThreadsWritingLeaveEveryRefReadable() throws Exception {
        List<Future<EvidenceRef>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir, WarcWriterOptions.defaults().withMaxFileBytes(20_000))) {
            for (int i = 0; i < 80; i++) {
                int n = i;
                futures.add(pool.submit(() -> w.write(page("http://example.cn/p" + n, "<p>页面 " + n + "</p>".repeat(n)))));
            }
            pool.shutdown();
            List<EvidenceRef> refs = new ArrayList<>();
            for (Future<EvidenceRef> f : futures) {
                refs.add(f.get());
            }
            w.close();
            EvidenceReader reader = new EvidenceReader(dir);
            for (int i = 0; i < refs.size(); i++) {
                StoredResponse s = reader.find(refs.get(i)).orElseThrow();
                assertTrue(s.digestMatches());
                assertEquals("<p>页面 " + i + "</p>".repeat(i), new String(s.body(), StandardCharsets.UTF_8));
            }
            assertEquals(80, refs.stream().map(EvidenceRef::recordId).distinct().count());
        }
        VerifyReport report = new EvidenceVerifier().verify(dir);
        assertEquals(80, report.records());
        assertTrue(report.clean(), report.problems().toString());
    }

    @Test
    void readerRefusesNamesOutsideTheFolderAndMissesUnknownRecords() throws IOException {
        EvidenceRef ref;
        try (WarcEvidenceWriter w = WarcEvidenceWriter.open(dir)) {
            ref = w.write(page("http://example.cn/1", "x"));
        }
        EvidenceReader reader = new EvidenceReader(dir);
        assertThrows(IllegalArgumentException.class,
                () -> reader.find(new EvidenceRef("../etc/passwd.warc", "urn:uuid:x", "sha256:00")));
        assertEquals(Optional.empty(), reader.find(new EvidenceRef(ref.warcFile(), "urn:uuid:nope", ref.payloadDigest())));
        assertEquals(Optional.empty(), reader.find(new EvidenceRef("MEDADWATCH-none.warc.gz", ref.recordId(), ref.payloadDigest())));
    }

    @Test
    void writeAfterCloseFails() throws IOException {
        WarcEvidenceWriter w = WarcEvidenceWriter.open(dir);
        w.close();
        assertThrows(IllegalStateException.class, () -> w.write(page("http://example.cn/1", "x")));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
