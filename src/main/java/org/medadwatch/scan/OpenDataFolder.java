package org.medadwatch.scan;

import java.util.Objects;
import org.medadwatch.index.PageIndex;
import org.medadwatch.store.Store;

/**
 * A data folder whose store and index a long-running process ({@code serve}) holds open. Its
 * scheduled scans write through this store and this index, the one Lucene writer the folder may
 * have, and its web UI searches the same index, so a scan's pages are found without reopening
 * anything. The holder closes them; a scan never does.
 */
public record OpenDataFolder(DataFolder folder, Store store, PageIndex index) {
    public OpenDataFolder {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(index, "index");
    }
}
