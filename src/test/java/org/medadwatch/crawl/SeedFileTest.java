package org.medadwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedFileTest {
    private static final String HEADER = "name,url,kind,region,max_pages,max_depth";

    @TempDir
    Path dir;

    private SeedList read(String... lines) throws Exception {
        Path f = dir.resolve("seeds.csv");
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return SeedFile.read(f);
    }

    @Test
    void goodRowsLoadWithTheirFields() throws Exception {
        SeedList list = read("\uFEFF" + HEADER,
                "# comment",
                "某某医院,https://www.example-hospital.cn/,site,110105,200,3",
                "\"公众号, 文章\",https://mp.weixin.qq.com/s/AbC123,article,,1,0");
        assertEquals(List.of(), list.problems());
        assertEquals(2, list.seeds().size());
        Seed site = list.seeds().get(0);
        assertEquals(Seed.Kind.SITE, site.kind());
        assertEquals("110105", site.region());
        assertEquals(200, site.maxPages());
        assertEquals("公众号, 文章", list.seeds().get(1).name());
        assertEquals("", list.seeds().get(1).region());
    }

    /** Each bad row is reported with its line and a reason naming the field; good rows still load. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ftp scheme          | a,ftp://example.cn/,site,,10,2                  | http or https",
        "no host             | a,https:///path,site,,10,2                      | no host",
        "not a url           | a,https://exa mple.cn/,site,,10,2               | not a valid URL",
        "unknown kind        | a,https://example.cn/,forum,,10,2               | kind must be site or article",
        "region letters      | a,https://example.cn/,site,11010X,10,2          | region",
        "region too short    | a,https://example.cn/,site,1101,10,2            | region",
        "zero pages          | a,https://example.cn/,site,,0,2                 | max_pages",
        "negative depth      | a,https://example.cn/,site,,10,-1               | max_depth",
        "pages not a number  | a,https://example.cn/,site,,ten,2               | max_pages",
        "too few fields      | a,https://example.cn/,site,,10                  | expected 6 fields",
        "empty name          | ,https://example.cn/,site,,10,2                 | name is empty",
        "open quote          | \"a,https://example.cn/,site,,10,2              | unbalanced",
    })
    void badRowIsAProblemWithItsLine(String label, String row, String reasonPart) throws Exception {
        SeedList list = read(HEADER, "ok,https://ok.example.cn/,site,,5,1", row, "ok2,https://ok2.example.cn/,article,,1,0");
        assertEquals(2, list.seeds().size(), label);
        assertEquals(1, list.problems().size(), label);
        SeedProblem p = list.problems().get(0);
        assertEquals(3, p.line(), label);
        assertTrue(p.reason().contains(reasonPart), label + ": " + p.reason());
    }

    @Test
    void duplicateUrlIsAProblemNamingTheFirstLine() throws Exception {
        SeedList list = read(HEADER, "a,https://example.cn/,site,,5,1", "b,https://example.cn/,site,,5,1");
        assertEquals(1, list.seeds().size());
        assertEquals(new SeedProblem(3, "duplicate url https://example.cn/ (first on line 2)"), list.problems().get(0));
    }

    @Test
    void wrongHeaderFailsTheWholeFileNamingFileAndLine() {
        SeedFileException e = assertThrows(SeedFileException.class,
                () -> read("name,url,kind,region,max_pages", "a,https://example.cn/,site,,5"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("seeds.csv:1"), e.getMessage());
    }

    @Test
    void missingFileIsASeedFileException() {
        assertThrows(SeedFileException.class, () -> SeedFile.read(dir.resolve("absent.csv")));
    }
}
