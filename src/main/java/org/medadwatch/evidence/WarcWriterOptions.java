package org.medadwatch.evidence;

import java.util.Objects;

/**
 * How evidence files are written.
 *
 * @param maxFileBytes a file is closed and the next one begun once it has grown past this size
 *                     (checked after each exchange, so a file may exceed it by one exchange)
 * @param gzip         compress each record as its own gzip member ({@code .warc.gz}); false
 *                     writes plain {@code .warc}, for tests and hand inspection
 * @param software     the tool named in each file's {@code warcinfo} record
 */
public record WarcWriterOptions(long maxFileBytes, boolean gzip, String software) {
    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;

    public WarcWriterOptions {
        Objects.requireNonNull(software, "software");
        if (maxFileBytes < 1024) {
            throw new IllegalArgumentException("maxFileBytes below 1 KiB: " + maxFileBytes);
        }
    }

    public static WarcWriterOptions defaults() {
        return new WarcWriterOptions(DEFAULT_MAX_FILE_BYTES, true, "MedAd Watch");
    }

    public WarcWriterOptions withMaxFileBytes(long bytes) {
        return new WarcWriterOptions(bytes, gzip, software);
    }

    public WarcWriterOptions withGzip(boolean on) {
        return new WarcWriterOptions(maxFileBytes, on, software);
    }
}
