package org.medadwatch.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.evidence.StoredResponse;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.extract.PageRejectedException;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.HttpHeader;

/** Reads a page back from its WARC record and extracts it again, for the detail and archive views. */
final class ArchivedPages {
    /** Bounds a gzip body, so that a bomb in the archive does not fill memory. */
    private static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;
    private final EvidenceReader reader;
    private final PageExtractor extractor;

    ArchivedPages(EvidenceReader reader, PageExtractor extractor) {
        this.reader = reader;
        this.extractor = extractor;
    }

    /**
     * A page as archived.
     *
     * @param body          the payload, content coding removed
     * @param page          what extraction makes of it; empty when it rejects the bytes
     * @param digestMatches false when the record no longer matches the digest the store cites
     */
    record ArchivedPage(byte[] body, Optional<ExtractedPage> page, boolean digestMatches) {
    }

    Optional<ArchivedPage> load(EvidenceRef ref, String url) {
        Optional<StoredResponse> response;
        try {
            response = reader.find(ref);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return response.map(r -> {
            byte[] body = decoded(r);
            Optional<String> contentType = header(r, "Content-Type");
            Optional<ExtractedPage> page;
            try {
                page = Optional.of(extractor.extract(body, contentType, url));
            } catch (PageRejectedException | RuntimeException e) {
                page = Optional.empty();
            }
            return new ArchivedPage(body, page, r.digestMatches());
        });
    }

    private static byte[] decoded(StoredResponse r) {
        byte[] body = r.body();
        boolean gzip = header(r, "Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        if (!gzip) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readNBytes(MAX_DECODED_BYTES);
        } catch (IOException e) {
            return body;
        }
    }

    private static Optional<String> header(StoredResponse r, String name) {
        return r.headers().stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpHeader::value).findFirst();
    }
}
