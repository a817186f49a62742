package org.medadwatch.evidence;

import org.medadwatch.page.HttpHeader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A response record's block split into status line, headers and payload, as {@link HttpBlocks}
 * wrote it: the payload is every byte after the first blank line. (Records from other tools
 * that keep chunked bodies would need de-chunking first; ours never do.)
 */
record ResponseBlock(int status, String reason, List<HttpHeader> headers, byte[] payload) {

    static Optional<ResponseBlock> parse(byte[] block) {
        int end = headerEnd(block);
        if (end < 0) {
            return Optional.empty();
        }
        String head = new String(block, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            return Optional.empty();
        }
        int code;
        try {
            code = Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<HttpHeader> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new HttpHeader(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
            }
        }
        byte[] payload = Arrays.copyOfRange(block, end + 4, block.length);
        return Optional.of(new ResponseBlock(code, status.length > 2 ? status[2] : "", headers, payload));
    }

    private static int headerEnd(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
