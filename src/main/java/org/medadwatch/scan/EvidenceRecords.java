package org.medadwatch.scan;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medadwatch.crawl.FetchedPage;
import org.medadwatch.evidence.FetchRecord;
import org.medadwatch.page.HttpHeader;

/** Turns a fetched page into the record the WARC writer keeps: the request as sent, the response as received. */
final class EvidenceRecords {
    private EvidenceRecords() {
    }

    static FetchRecord of(FetchedPage page) {
        String[] lines = page.requestMethodAndHeaders().split("\r?\n");
        String method = lines.length > 0 && !lines[0].isBlank() ? lines[0].split(" ", 2)[0] : "GET";
        List<HttpHeader> requestHeaders = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                requestHeaders.add(new HttpHeader(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()));
            }
        }
        return new FetchRecord(URI.create(page.url()), page.fetchedAt(), method, requestHeaders, page.status(),
                reason(page.status()), page.headers(), page.body(), Optional.empty());
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 203 -> "Non-Authoritative Information";
            case 206 -> "Partial Content";
            default -> "";
        };
    }
}
