package org.medadwatch.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.extract.ExtractionLimits;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.index.PageIndexFollower;
import org.medadwatch.index.PageSearch;
import org.medadwatch.review.ReviewService;
import org.medadwatch.scan.DataFolder;
import org.medadwatch.schedule.ScheduleStatus;
import org.medadwatch.store.Store;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Services;
import org.medadwatch.web.WebApp;
import org.medadwatch.web.WebConfig;

/**
 * The web UI over a data folder, for {@code serve} and {@code demo}: started, then run until the
 * JVM stops. It owns the store and index it is given and closes them last.
 */
final class WebServer implements AutoCloseable {
    private final Store store;
    private final Optional<PageSearch> index;
    private final Javalin app;

    private WebServer(Store store, Optional<PageSearch> index, Javalin app) {
        this.store = store;
        this.index = index;
        this.app = app;
    }

    /**
     * Opens the folder's store, and its index read-only: without the write lock, so a {@code scan}
     * process may write the index meanwhile, each search seeing what it has committed; a folder
     * with no index yet finds nothing until one is committed. Search is off only when an index is
     * there but cannot be read.
     */
    static WebServer start(DataFolder folder, WebConfig config, PrintWriter err) {
        Store store = Store.open(folder.root());
        Optional<PageSearch> index;
        try {
            index = Optional.of(PageIndexFollower.open(folder.index()));
        } catch (IOException e) {
            err.println("medadwatch: full-text search is off: cannot open the index " + folder.index() + ": " + e.getMessage());
            index = Optional.empty();
        }
        return start(folder, store, index, config, ScheduleStatus::off);
    }

    /** Over a store and index already open (serve's, shared with its scheduled scans); closes both when it stops or fails to start. */
    static WebServer start(DataFolder folder, Store store, Optional<PageSearch> index, WebConfig config,
                           Supplier<ScheduleStatus> schedule) {
        try {
            Services services = new Services(store, index, new EvidenceReader(folder.warc()),
                    new PageExtractor(ExtractionLimits.defaults()), new AccountService(store.accounts()),
                    new ReviewService(store, Clock.systemUTC()), Clock.systemUTC(), schedule);
            Javalin app = WebApp.create(config, services).start(config.host(), config.port());
            return new WebServer(store, index, app);
        } catch (RuntimeException e) {
            index.ifPresent(WebServer::closeQuietly);
            store.close();
            throw e;
        }
    }

    String url() {
        String host = app.jettyServer().server().getURI().getHost();
        return "http://" + (host == null ? "127.0.0.1" : host) + ":" + app.port() + "/";
    }

    /**
     * Blocks until Ctrl-C or a kill, then closes {@code first} (the schedule, so that no scan
     * starts on a closing index), stops the server and closes the store and index.
     */
    void awaitShutdown(AutoCloseable first) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                first.close();
            } catch (Exception e) {
                // shutting down: the store and index still get closed
            }
            close();
            stopped.countDown();
        }, "medadwatch-web-shutdown"));
        stopped.await();
    }

    void awaitShutdown() throws InterruptedException {
        awaitShutdown(() -> { });
    }

    @Override
    public synchronized void close() {
        app.stop();
        index.ifPresent(WebServer::closeQuietly);
        store.close();
    }

    private static void closeQuietly(PageSearch index) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            // shutting down: nothing more to do with it
        }
    }
}
