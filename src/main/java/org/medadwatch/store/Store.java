package org.medadwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.medadwatch.clue.JurisdictionResolver;
import org.sqlite.SQLiteConfig;

/**
 * The database of one data folder: {@code DIR/medadwatch.db}, in WAL mode (readers never wait for
 * the writer), foreign keys enforced, a busy timeout for a second process (the web UI beside a
 * scan), {@code synchronous=FULL} so that a committed page survives a power cut as well as a kill.
 *
 * <p>One writer connection, used by one thread at a time, runs every write in a
 * {@code BEGIN IMMEDIATE} transaction; each read takes a connection of its own (kept open for the
 * next read: opening one costs more than most reads) and reads one snapshot, so reads run beside
 * a write. Close the store when done.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "medadwatch.db";
    static final int BUSY_TIMEOUT_MILLIS = 15_000;

    private final Path file;
    private final Clock clock;
    private final Connection writer;
    /** Read connections not in use; reads take one and give it back. */
    private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idleReaders =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int MAX_IDLE_READERS = 8;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;
    private final ScanRepository scans;
    private final PageRepository pages;
    private final ClueRepository clues;
    private final ClueTracker tracker;
    private final PageRemovals removals;
    private final AccountRepository accounts;
    private final SessionRepository sessions;

    private Store(Path file, Clock clock, Connection writer) {
        this.file = file;
        this.clock = clock;
        this.writer = writer;
        this.scans = new ScanRepository(this);
        this.pages = new PageRepository(this);
        this.clues = new ClueRepository(this);
        this.tracker = new ClueTracker(this, JurisdictionResolver.bundled());
        this.removals = new PageRemovals(this);
        this.accounts = new AccountRepository(this);
        this.sessions = new SessionRepository(this);
    }

    /** Opens (creating if need be) {@code dataDir/medadwatch.db} and migrates it to the latest schema. */
    public static Store open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps scans and analyst events. */
    public static Store open(Path dataDir, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(file, "cannot create the data folder", e);
        }
        Connection c = connect(file, true);
        try {
            Migrations.bundled().apply(c, file, clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(file, "cannot migrate the schema: " + e.getMessage(), e);
        }
        return new Store(file, clock, c);
    }

    public Path file() {
        return file;
    }

    public ScanRepository scans() {
        return scans;
    }

    public PageRepository pages() {
        return pages;
    }

    public ClueRepository clues() {
        return clues;
    }

    public ClueTracker tracker() {
        return tracker;
    }

    /** Pages found gone, and what that does to their clues (migration V4). */
    public PageRemovals removals() {
        return removals;
    }

    /** Web UI accounts (migration V3). */
    public AccountRepository accounts() {
        return accounts;
    }

    /** Web UI sessions (migration V7). */
    public SessionRepository sessions() {
        return sessions;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} in one write transaction ({@code BEGIN IMMEDIATE}: writers queue), all of
     * it committed or none. For the stages that keep tables of their own in this database
     * ({@code org.medadwatch.review}, migration V2) and must change a clue and write its event in
     * the same transaction; the repositories of this package stay the way to clues otherwise.
     * Write times with {@link Timestamps#format}.
     */
    public <T> T transaction(SqlWork<T> work) {
        return write(work);
    }

    /** Runs {@code work} in one read snapshot on a connection of its own; see {@link #transaction}. */
    public <T> T snapshot(SqlWork<T> work) {
        return read(work);
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none. */
    <T> T write(SqlWork<T> work) {
        checkOpen();
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested write transaction");
        }
        writeLock.lock();
        try {
            exec(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                exec(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    exec(writer, "ROLLBACK");
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(file, e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read connection of its own (from the idle ones), in one read snapshot. */
    <T> T read(SqlWork<T> work) {
        checkOpen();
        Connection c = idleReaders.pollFirst();
        if (c == null) {
            c = connect(file, false); // opening one costs far more than most reads
        }
        boolean reusable = false;
        try {
            exec(c, "BEGIN");
            try {
                T result = work.run(c);
                reusable = true;
                return result;
            } finally {
                exec(c, "COMMIT");
            }
        } catch (SQLException e) {
            reusable = false;
            throw new StoreException(file, e.getMessage(), e);
        } finally {
            release(c, reusable);
        }
    }

    /** Keeps a healthy reader for the next read, up to a few; closes the rest. */
    private void release(Connection c, boolean reusable) {
        if (reusable && !closed && idleReaders.size() < MAX_IDLE_READERS) {
            idleReaders.addFirst(c);
            if (!closed) {
                return;
            }
            idleReaders.remove(c); // closed meanwhile
        }
        closeQuietly(c);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writeLock.lock();
        try {
            closed = true;
            for (Connection c = idleReaders.pollFirst(); c != null; c = idleReaders.pollFirst()) {
                closeQuietly(c);
            }
            writer.close();
        } catch (SQLException e) {
            throw new StoreException(file, "cannot close: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store " + file + " is closed");
        }
    }

    private static Connection connect(Path file, boolean writer) {
        SQLiteConfig config = new SQLiteConfig();
        if (writer) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException(file, "cannot open: " + e.getMessage(), e);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
