package org.medadwatch.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.netpreserve.jwarc.WarcRecord;

/** Reads a record's whole block, checking that it is as long as its {@code Content-Length} says. */
final class RecordBlocks {
    /** Blocks beyond this are refused: our crawler never stores such bodies. */
    static final long MAX_BLOCK_BYTES = 1L << 30;

    private RecordBlocks() {
    }

    static final class ShortBlockException extends IOException {
        ShortBlockException(String message) {
            super(message);
        }
    }

    static byte[] read(WarcRecord record) throws IOException {
        long declared = record.headers().sole("Content-Length").map(Long::parseLong).orElse(-1L);
        if (declared > MAX_BLOCK_BYTES) {
            throw new IOException("record block of " + declared + " bytes exceeds " + MAX_BLOCK_BYTES);
        }
        byte[] block;
        try (InputStream in = record.body().stream()) {
            block = in.readAllBytes();
        }
        if (declared >= 0 && block.length < declared) {
            throw new ShortBlockException("record " + record.id() + " has " + block.length + " of "
                    + declared + " bytes");
        }
        return block;
    }
}
