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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.detect.Category;

/** The read-only open: searches beside a writer that holds the lock, and sees its commits. */
class PageIndexReaderTest {
    @TempDir
    Path dir;

    @Test
    void searchesCommittedPagesWhileAWriterHoldsTheLock() throws IOException {
        try (PageIndex writer = PageIndex.open(dir)) {
            writer.upsert(page("http://a.cn/1", "某医院妇科", "本院开展无痛人流手术，安全无痛。", Category.SAFETY_ASSERTION));
            writer.upsert(page("http://a.cn/2", "某医院", "干细胞治疗中心"));
            writer.commit();
            assertThrows(IndexLockedException.class, () -> PageIndex.open(dir), "a second writable open is refused");

            try (PageIndexReader reader = PageIndexReader.open(dir)) {
                assertEquals(2, reader.size());
                SearchResults r = reader.search("无痛人流", Optional.of(Category.SAFETY_ASSERTION), 10);
                assertEquals(1, r.totalHits());
                SearchHit hit = r.hits().get(0);
                assertEquals("http://a.cn/1", hit.url());
                assertEquals(Set.of(Category.SAFETY_ASSERTION), hit.categories());
                assertEquals(writer.search("无痛人流", 10).hits().get(0).highlights(), hit.highlights(),
                        "the same passages as the writer's own search");
                assertTrue(hit.highlights().get(0).contains("开展【无痛人流】手术"), hit.highlights().toString());
            }
            writer.upsert(page("http://a.cn/3", "", "玻尿酸注射"));
            writer.commit();
            assertEquals(3, writer.size(), "the writer works on after the reader closed");
        }
    }

    @Test
    void seesCommitsNotUncommittedUpserts() throws IOException {
        try (PageIndex writer = PageIndex.open(dir)) {
            writer.upsert(page("http://a.cn/1", "", "干细胞治疗"));
            writer.commit();
            try (PageIndexReader reader = PageIndexReader.open(dir)) {
                writer.upsert(page("http://a.cn/2", "", "干细胞抗衰老"));
                assertEquals(2, writer.search("干细胞", 10).totalHits(), "the writer sees its own upsert");
                assertEquals(1, reader.search("干细胞", 10).totalHits(), "the reader sees only the commit");
                writer.commit();
                assertEquals(List.of("http://a.cn/1", "http://a.cn/2"), reader.search("干细胞", 10).hits().stream()
                        .map(SearchHit::url).sorted().toList(), "the next search sees the new commit");
            }
        }
    }

    @Test
    void missingFolderIsNamedAndNotCreated() {
        Path missing = dir.resolve("no-such-index");
        IndexMissingException e = assertThrows(IndexMissingException.class, () -> PageIndexReader.open(missing));
        assertEquals(missing.toAbsolutePath(), e.indexDir());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing), "a reader creates nothing");
    }

    @Test
    void emptyFolderOrOneWithoutACommitIsMissing() throws IOException {
        assertThrows(IndexMissingException.class, () -> PageIndexReader.open(dir), "empty folder");
        try (PageIndex writer = PageIndex.open(dir)) {
            writer.upsert(page("http://a.cn/1", "", "干细胞治疗"));
            assertThrows(IndexMissingException.class, () -> PageIndexReader.open(dir), "opened, not yet committed");
        }
        try (PageIndexReader reader = PageIndexReader.open(dir)) {
            assertEquals(1, reader.size(), "closing the writer committed");
        }
    }
}
