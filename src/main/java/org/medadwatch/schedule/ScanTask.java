package org.medadwatch.schedule;

import org.medadwatch.scan.ScanSummary;

/**
 * One scan, as the {@code scan} command would run it: {@code serve} reads its seed files and
 * builds its detector afresh each time (edits take effect at the next run, approvals are judged
 * as of that day) and runs {@link org.medadwatch.scan.ScanPipeline#through} its open store and index.
 */
@FunctionalInterface
public interface ScanTask {
    ScanSummary run() throws Exception;
}
