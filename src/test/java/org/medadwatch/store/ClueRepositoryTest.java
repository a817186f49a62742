package org.medadwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.detect.Category;

class ClueRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void sheetRowsCarryThePageFactsAndFollowTheFilter() {
        try (Store store = Store.open(dir)) {
            long scan = store.scans().start("seeds.csv");
            store.tracker().record(Observations.page("http://nanke.example/a.html").scan(scan)
                    .finding(Category.CURE_GUARANTEE, "cure-001", "一次根治")
                    .finding(Category.UNAPPROVED_AD, "approvals", "").build());

            List<ClueRow> rows = store.clues().sheet(ClueFilter.all());

            assertEquals(2, rows.size());
            ClueRow cure = rows.get(0);
            assertEquals("XS-2026-000001", cure.number());
            assertEquals("某某男科医院官网", cure.siteName());
            assertEquals(Optional.of("某某男科医院"), cure.advertiser());
            assertEquals(List.of("0571-87163320", "13912345678"), cure.phones());
            assertEquals(Optional.of("浙ICP备12345678号-1"), cure.icp());
            assertEquals("浙江省", cure.jurisdiction().name());
            assertEquals("一次根治", cure.excerpt());
            assertEquals(ClueStatus.NEW, cure.status());
            assertEquals("未标明医疗广告审查证明文号", rows.get(1).excerpt());

            store.clues().changeStatus("XS-2026-000001", ClueStatus.CONFIRMED, "analyst1", "");
            assertEquals(List.of("XS-2026-000001"), numbers(store.clues().sheet(ClueFilter.withStatus(ClueStatus.CONFIRMED))));
            assertEquals(List.of("XS-2026-000002"), numbers(store.clues().sheet(
                    new ClueFilter(Set.of(), Set.of(Category.UNAPPROVED_AD), Optional.empty()))));
            assertEquals(2, store.clues().sheet(new ClueFilter(Set.of(), Set.of(), Optional.of("33"))).size());
            assertEquals(0, store.clues().sheet(new ClueFilter(Set.of(), Set.of(), Optional.of("44"))).size());
            assertEquals(Jurisdiction.Source.ICP, rows.get(1).jurisdiction().source());
        }
    }

    private static List<String> numbers(List<ClueRow> rows) {
        return rows.stream().map(ClueRow::number).toList();
    }
}
