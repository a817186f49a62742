package org.medadwatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medadwatch.index.PageIndexTest.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.Category;

/** serve's read-only view of an index another process writes: none yet, then each new commit. */
class PageIndexFollowerTest {
    @TempDir
    Path dir;

    @Test
    void findsNothingUntilTheFirstCommitThenSeesEachCommit() throws IOException {
        Path index = dir.resolve("index");
        try (PageIndexFollower follower = PageIndexFollower.open(index)) {
            assertFalse(follower.opened());
            assertEquals(SearchResults.empty(), follower.search("干细胞", 10));
            assertFalse(Files.exists(index), "a follower creates nothing");

            try (PageIndex writer = PageIndex.open(index)) {
                writer.upsert(page("http://a.cn/1", "", "干细胞治疗", Category.FORBIDDEN_THERAPY));
                assertEquals(0, follower.search("干细胞", 10).totalHits(), "opened by a writer, not yet committed");
                assertFalse(follower.opened());

                writer.commit();
                SearchResults first = follower.search("干细胞", Optional.of(Category.FORBIDDEN_THERAPY), 10);
                assertTrue(follower.opened());
                assertEquals(List.of("http://a.cn/1"), urls(first));
                assertTrue(first.hits().get(0).highlights().get(0).contains("【干细胞】"), first.hits().toString());

                writer.upsert(page("http://a.cn/2", "", "干细胞抗衰老"));
                writer.commit();
                assertEquals(List.of("http://a.cn/1", "http://a.cn/2"), urls(follower.search("干细胞", 10)),
                        "the next search sees the new commit, the follower never reopened by hand");
            }
        }
    }

    @Test
    void opensAnIndexThatIsAlreadyThereWithoutItsLock() throws IOException {
        try (PageIndex writer = PageIndex.open(dir)) {
            writer.upsert(page("http://a.cn/1", "", "无痛人流"));
            writer.commit();
            try (PageIndexFollower follower = PageIndexFollower.open(dir)) {
                assertTrue(follower.opened());
                assertEquals(1, follower.search("无痛人流", 10).totalHits());
            }
            writer.upsert(page("http://a.cn/2", "", "无痛人流"));
            writer.commit();
            assertEquals(2, writer.size(), "the writer works on after the follower closed");
        }
    }

    @Test
    void aClosedFollowerRefusesToSearch() throws IOException {
        PageIndexFollower follower = PageIndexFollower.open(dir.resolve("index"));
        follower.close();
        assertThrows(IllegalStateException.class, () -> follower.search("干细胞", 10));
        try (PageIndexFollower open = PageIndexFollower.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> open.search("干细胞", 0));
        }
    }

    private static List<String> urls(SearchResults r) {
        return r.hits().stream().map(SearchHit::url).sorted().toList();
    }
}
