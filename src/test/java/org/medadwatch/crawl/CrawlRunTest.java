package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Which links one crawl follows: each URL once, whoever finds it first. */
class CrawlRunTest {
    private static final String ROOT = "http://127.0.0.1:8080/";
    private static final String PAGE = "http://127.0.0.1:8080/a.html";

    private static CrawlRun run(int maxPages) {
        CrawlSettings settings = CrawlSettings.defaults();
        CrawlRun run = new CrawlRun(settings, new RecordingListener(), RevisitHints.NONE, Clock.systemUTC());
        Seed seed = new Seed("site", URI.create(ROOT), Seed.Kind.SITE, "", maxPages, 5);
        run.seeds.register(seed, ROOT, settings, Clock.systemUTC());
        return run;
    }

    @Test
    void aLinkFoundByManyWorkersAtOnceIsAdmittedOnce() throws Exception {
        CrawlRun run = run(1_000);
        int workers = 8;
        CyclicBarrier start = new CyclicBarrier(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                tasks.add(() -> {
                    start.await();
                    return run.admitLink(ROOT, PAGE, 1);
                });
            }
            long admitted = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                admitted += f.get() ? 1 : 0;
            }
            assertEquals(1, admitted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedDuplicateDoesNotSpendThePageBudget() {
        CrawlRun run = run(2);
        assertTrue(run.admitLink(ROOT, PAGE, 1));
        assertFalse(run.admitLink(ROOT, PAGE, 2));
        assertTrue(run.admitLink(ROOT, ROOT + "b.html", 1), "the second page of the budget is still free");
        assertFalse(run.admitLink(ROOT, ROOT + "c.html", 1), "budget of 2 spent");
    }

    @Test
    void linksAndRedirectsShareOneClaim() {
        CrawlRun run = run(100);
        assertTrue(run.admitLink(ROOT, PAGE, 1));
        assertFalse(run.claimRedirectTarget(PAGE), "already scheduled as a link");
        assertTrue(run.claimRedirectTarget(ROOT + "moved.html"));
        assertFalse(run.admitLink(ROOT, ROOT + "moved.html", 1), "already fetched as a redirect target");
        run.claimSeed(ROOT);
        assertFalse(run.admitLink(PAGE, ROOT, 1), "the seed itself is not scheduled again");
    }
}
