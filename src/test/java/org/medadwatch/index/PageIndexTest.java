package org.medadwatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.ad.AdKind;

class PageIndexTest {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dir;

    static IndexedPage page(String url, String title, String text, Category... categories) {
        return new IndexedPage(url, "www.example.cn", title, text, AT, Set.of(categories),
                Optional.of(AdKind.values()[AdKind.values().length - 1]), Optional.of("某某医院"));
    }

    @Test
    void secondWriterOnOneFolderFailsAtOnceNamingTheLockAndTheFirstKeepsWorking() throws IOException {
        try (PageIndex first = PageIndex.open(dir)) {
            first.upsert(page("http://a.cn/1", "标题", "干细胞治疗"));
            IndexLockedException e = assertThrows(IndexLockedException.class, () -> PageIndex.open(dir));
            assertEquals(dir.resolve("write.lock").toAbsolutePath(), e.lockFile());
            assertTrue(e.getMessage().contains(e.lockFile().toString()), e.getMessage());
            first.commit();
            assertEquals(1, first.search("干细胞", 10).totalHits());
        }
        try (PageIndex reopened = PageIndex.open(dir)) {
            assertEquals(1, reopened.size(), "the refused open left the index as it was");
        }
    }

    @Test
    void upsertingTheSameUrlTwiceKeepsOneDocumentWithTheNewText() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "旧标题", "旧的正文，无痛人流"));
            index.commit();
            index.upsert(page("http://a.cn/1", "新标题", "新的正文，干细胞治疗"));
            assertEquals(1, index.size());
            assertEquals(0, index.search("无痛人流", 10).totalHits());
            SearchResults r = index.search("干细胞", 10);
            assertEquals(1, r.totalHits());
            assertEquals("新标题", r.hits().get(0).title());
        }
    }

    @Test
    void chinesePhraseIsFoundWithItsMatchMarked() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "某医院妇科", "本院开展无痛人流手术，安全无痛，当天即走。\n另有妇科检查。",
                    Category.SAFETY_ASSERTION));
            index.upsert(page("http://a.cn/2", "某医院", "人流手术前需检查，术中无痛。"));
            SearchResults r = index.search("无痛人流", 10);
            assertEquals(1, r.totalHits(), "the words apart are not the phrase");
            SearchHit hit = r.hits().get(0);
            assertEquals("http://a.cn/1", hit.url());
            assertEquals(Set.of(Category.SAFETY_ASSERTION), hit.categories());
            assertEquals(AT, hit.fetchedAt());
            assertTrue(hit.highlights().get(0).contains("开展【无痛人流】手术"), hit.highlights().toString());
        }
    }

    @Test
    void oneCharacterQueryFindsItInsideWords() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "", "专治肝癌晚期"));
            assertEquals(1, index.search("癌", 10).totalHits());
            assertEquals(1, index.search("肝癌", 10).totalHits());
            assertEquals(0, index.search("胃癌", 10).totalHits());
        }
    }

    @Test
    void everyPhraseOfTheQueryMustOccur() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "", "玻尿酸隆鼻，治愈率高达 99%"));
            index.upsert(page("http://a.cn/2", "", "玻尿酸注射"));
            assertEquals(1, index.search("玻尿酸 治愈率", 10).totalHits());
            assertEquals(2, index.search("玻尿酸", 10).totalHits());
            assertEquals(1, index.search("\"治愈率高达 99\"", 10).totalHits());
        }
    }

    @Test
    void phrasesMixingHanAndDigitsOrLatinMatch() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "", "我院B超检查免费，有效率达95%，9价疫苗现货"));
            for (String q : List.of("有效率达95", "\"有效率达 95%\"", "B超", "b超检查", "9价", "9价疫苗", "达95", "免费，有效率")) {
                assertEquals(1, index.search(q, 10).totalHits(), q);
            }
            for (String q : List.of("有效率达96", "B超有效", "10价")) {
                assertEquals(0, index.search(q, 10).totalHits(), q);
            }
        }
    }

    @Test
    void fullWidthAndCaseFold() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "", "HPV疫苗 ９价 现货"));
            assertEquals(1, index.search("ｈｐｖ疫苗", 10).totalHits());
            assertEquals(1, index.search("9价", 10).totalHits());
        }
    }

    @Test
    void categoryFilterKeepsOnlyThatCategory() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "", "部队医院专家坐诊", Category.MILITARY_NAME));
            index.upsert(page("http://a.cn/2", "", "部队医院旧址参观"));
            assertEquals(2, index.search("部队医院", 10).totalHits());
            SearchResults r = index.search("部队医院", Optional.of(Category.MILITARY_NAME), 10);
            assertEquals(List.of("http://a.cn/1"), r.hits().stream().map(SearchHit::url).toList());
            assertEquals(1, index.search("", Optional.of(Category.MILITARY_NAME), 10).totalHits());
            assertEquals(0, index.search("", Optional.empty(), 10).totalHits());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", ":", "text:根治", "根治 AND (", "*", "?", "~", "^2", "[a TO", "\\",
            "-", "+", "&&", "||", "\"未闭合的引号", "/regex/", "{}", "\u0000", "　", "......", "根治\"治愈率",
            "title:\"x\"~3^4", "a*b?c", "url:http://a.cn/1"})
    void hostileQueriesDoNotThrow(String q) throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "根治", "根治 治愈率 text a b c"));
            SearchResults r = index.search(q, 10);
            assertTrue(r.totalHits() >= 0);
        }
    }

    @Test
    void queryWithSyntaxCharactersSearchesTheirWords() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "", "根治 牛皮癣"));
            assertEquals(1, index.search("根治:", 10).totalHits());
            assertEquals(1, index.search("根治* 牛皮癣~", 10).totalHits());
            assertEquals(1, index.search("(根治)", 10).totalHits());
        }
    }

    @Test
    void indexSurvivesCloseAndReopen() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "医保定点", "本院为医保定点单位", Category.PUBLIC_HOSPITAL_IMPERSONATION));
        }
        try (PageIndex index = PageIndex.open(dir)) {
            assertEquals(1, index.size());
            SearchHit hit = index.search("医保定点", 10).hits().get(0);
            assertEquals(Set.of(Category.PUBLIC_HOSPITAL_IMPERSONATION), hit.categories());
            index.upsert(page("http://a.cn/1", "医保定点", "改过的正文"));
        }
        try (PageIndex index = PageIndex.open(dir)) {
            assertEquals(1, index.size());
            assertEquals(0, index.search("本院", 10).totalHits());
        }
    }

    @Test
    void titleOnlyMatchStillShowsAPassage() throws IOException {
        try (PageIndex index = PageIndex.open(dir)) {
            index.upsert(page("http://a.cn/1", "干细胞中心", "首页 联系我们"));
            SearchHit hit = index.search("干细胞", 10).hits().get(0);
            assertEquals(List.of("首页 联系我们"), hit.highlights());
        }
    }
}
