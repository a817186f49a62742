package org.medadwatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import org.medadwatch.clue.PageObservation;

/**
 * A scan in a process of its own, for {@link StoreKillTest} to kill: for each page it first
 * writes the evidence record id to an append-only log and forces it to disk (as the WARC writer
 * does), then records the observation. Arguments: data folder, evidence log, page count.
 */
public final class KillableScan {
    private KillableScan() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path data = Path.of(args[0]);
        Path log = Path.of(args[1]);
        int pages = Integer.parseInt(args[2]);
        try (Store store = Store.open(data);
             FileChannel evidence = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                     StandardOpenOption.WRITE)) {
            long scan = store.scans().findRunning().map(Scan::id).orElseGet(() -> store.scans().start("seeds.csv"));
            for (int i = 0; i < pages; i++) {
                PageObservation obs = StoreKillTest.observation(scan, i, "child-" + ProcessHandle.current().pid());
                evidence.write(ByteBuffer.wrap((obs.evidence().recordId() + "\n").getBytes(StandardCharsets.UTF_8)));
                evidence.force(true);
                store.tracker().record(obs);
                Thread.sleep(2);
            }
            store.scans().finish(scan, ScanStatus.FINISHED);
        }
    }
}
