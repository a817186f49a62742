package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Site;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Category;

/** The clue list done in SQL: each filter, the orders, the pages and the counts. */
class ClueListingTest {
    @TempDir
    Path dir;
    Store store;

    /**
     * Six clues, a day apart from T0: 1-3 on 杭州 (330100) pages of site "某某男科医院官网",
     * 4-6 on 北京 (110000) pages of site "O'Brien%_诊所"; odd ones CURE_GUARANTEE, even ones
     * ABSOLUTE_TERM; 2 and 5 confirmed.
     */
    @BeforeEach
    void sixClues() {
        store = Store.open(dir);
        long scan = store.scans().start("seeds.csv");
        for (int i = 1; i <= 6; i++) {
            boolean hangzhou = i <= 3;
            Site site = hangzhou ? new Site("某某男科医院官网", URI.create("http://nanke.example/"), Seed.Kind.SITE, "330100")
                    : new Site("O'Brien%_诊所", URI.create("http://obrien.example/"), Seed.Kind.SITE, "110000");
            String url = (hangzhou ? "http://nanke.example/p" : "http://obrien.example/p") + i + ".html";
            Category category = i % 2 == 1 ? Category.CURE_GUARANTEE : Category.ABSOLUTE_TERM;
            store.tracker().record(Observations.page(url).site(site).scan(scan).at(day(i))
                    .text("本院专治前列腺炎，一次根治" + i).finding(category, "r-" + i, "一次根治" + i).build());
        }
        store.clues().changeStatus(number(2), ClueStatus.CONFIRMED, "a", "");
        store.clues().changeStatus(number(5), ClueStatus.CONFIRMED, "a", "");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void defaultIsNewestFirstWithCountsOfAll() {
        CluePage page = store.clues().list(ClueListQuery.firstPage(50));
        assertEquals(List.of(6, 5, 4, 3, 2, 1), seqs(page));
        assertEquals(6, page.total());
        assertEquals(Map.of(ClueStatus.NEW, 4L, ClueStatus.CONFIRMED, 2L), page.byStatus());
        assertEquals(Map.of(Category.CURE_GUARANTEE, 3L, Category.ABSOLUTE_TERM, 3L), page.byCategory());
    }

    @Test
    void eachFilterNarrowsTheListAndTheCounts() {
        assertEquals(List.of(5, 2), seqs(list(new ClueFilter(Set.of(ClueStatus.CONFIRMED), Set.of(), Optional.empty()))));
        assertEquals(List.of(6, 4, 2), seqs(list(new ClueFilter(Set.of(), Set.of(Category.ABSOLUTE_TERM), Optional.empty()))));
        assertEquals(List.of(3, 2, 1), seqs(list(new ClueFilter(Set.of(), Set.of(), Optional.of("33")))));
        assertEquals(List.of(3, 2, 1), seqs(list(new ClueFilter(Set.of(), Set.of(), Optional.of("3301")))));
        assertEquals(List.of(), seqs(list(new ClueFilter(Set.of(), Set.of(), Optional.of("3302")))));
        assertEquals(List.of(6, 5, 4), seqs(list(new ClueFilter(Set.of(), Set.of(), Optional.of("1")))));
        CluePage confirmedInHangzhou = list(new ClueFilter(Set.of(ClueStatus.CONFIRMED), Set.of(), Optional.of("33")));
        assertEquals(List.of(2), seqs(confirmedInHangzhou));
        assertEquals(Map.of(ClueStatus.CONFIRMED, 1L), confirmedInHangzhou.byStatus());
    }

    @Test
    void siteTextIsMatchedAsTextNotAsSqlOrAPattern() {
        assertEquals(List.of(6, 5, 4), seqs(query(Optional.of("o'brien%_"), Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(List.of(6, 5, 4), seqs(query(Optional.of("OBRIEN.EXAMPLE"), Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(List.of(3, 2, 1), seqs(query(Optional.of("男科"), Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(3, query(Optional.of("%"), Optional.empty(), Optional.empty(), Optional.empty()).total(),
                "% is a character of the name, not a wildcard");
        assertEquals(0, query(Optional.of("' OR 1=1 --"), Optional.empty(), Optional.empty(), Optional.empty()).total());
    }

    @Test
    void datesTakeFromInclusiveToExclusive() {
        assertEquals(List.of(4, 3), seqs(query(Optional.empty(), Optional.of(day(3)), Optional.of(day(5)), Optional.empty())));
    }

    @Test
    void searchHitsLimitTheListToTheirPages() {
        assertEquals(List.of(4, 1), seqs(query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of("http://nanke.example/p1.html", "http://obrien.example/p4.html", "http://other.example/")))));
        assertEquals(0, query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Set.of())).total());
    }

    @Test
    void ordersAndPagesAreDoneInTheQuery() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), seqs(ordered(ClueListQuery.Order.FOUND, true, 1, 50)));
        // grouped in Category's order, then by number
        List<Integer> byCategory = seqs(ordered(ClueListQuery.Order.CATEGORY, true, 1, 50));
        boolean cureFirst = Category.CURE_GUARANTEE.ordinal() < Category.ABSOLUTE_TERM.ordinal();
        assertEquals(cureFirst ? List.of(1, 3, 5, 2, 4, 6) : List.of(2, 4, 6, 1, 3, 5), byCategory);
        // NEW before CONFIRMED (lifecycle order); descending reverses the tie-break too
        assertEquals(List.of(5, 2, 6, 4, 3, 1), seqs(ordered(ClueListQuery.Order.STATUS, false, 1, 50)));
        CluePage second = ordered(ClueListQuery.Order.NUMBER, true, 2, 4);
        assertEquals(List.of(5, 6), seqs(second));
        assertEquals(2, second.pages());
        CluePage beyond = ordered(ClueListQuery.Order.NUMBER, true, 9, 4);
        assertEquals(2, beyond.page(), "past the end is the last page");
        assertEquals(List.of(5, 6), seqs(beyond));
    }

    private CluePage list(ClueFilter filter) {
        return store.clues().list(new ClueListQuery(filter, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ClueListQuery.Order.FOUND, false, 1, 50));
    }

    private CluePage query(Optional<String> site, Optional<Instant> from, Optional<Instant> before, Optional<Set<String>> urls) {
        return store.clues().list(new ClueListQuery(ClueFilter.all(), site, from, before, urls, ClueListQuery.Order.FOUND,
                false, 1, 50));
    }

    private CluePage ordered(ClueListQuery.Order order, boolean ascending, int page, int size) {
        return store.clues().list(new ClueListQuery(ClueFilter.all(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), order, ascending, page, size));
    }

    private static Instant day(int i) {
        return Observations.T0.plus(Duration.ofDays(i));
    }

    private static String number(int seq) {
        return String.format(java.util.Locale.ROOT, "XS-2026-%06d", seq);
    }

    private static List<Integer> seqs(CluePage page) {
        return page.rows().stream().map(ClueRow::number).map(n -> Integer.parseInt(n.substring(8))).toList();
    }
}
