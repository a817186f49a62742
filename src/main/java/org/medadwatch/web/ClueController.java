package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.review.ReviewService;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.clue.JurisdictionResolver;
import org.medadwatch.detect.Category;
import org.medadwatch.index.SearchHit;
import org.medadwatch.index.SearchResults;
import org.medadwatch.store.CluePage;

/** The clue list (filters, sort, paging, counts, full-text search), bulk review actions, and search. */
final class ClueController {
    static final int SEARCH_LIMIT = 500;
    private final Services services;
    private final ReviewService review;

    ClueController(Services services) {
        this.services = services;
        this.review = services.review();
    }

    void routes(Javalin app) {
        app.get("/clues", this::list, Role.ANALYST);
        app.post("/clues/bulk", this::bulk, Role.ANALYST);
        app.get("/search", this::search, Role.ANALYST);
    }

    private void list(Context ctx) {
        ClueQuery query = ClueQuery.parse(ctx::queryParam);
        Optional<Set<String>> hits = query.q().map(q -> searchPages(q).hits().stream().map(SearchHit::url)
                .collect(Collectors.toSet()));
        CluePage list = services.store().clues().list(query.storeQuery(hits));
        Session session = WebApp.expectSession(ctx);
        Html body = Html.join(List.of(
                ScanStatusLine.render(services.store().scans().findLastFinished(), services.store().scans().findLastFailed(),
                        services.store().scans().findRunningProgress(), services.schedule().get(),
                        services.clock().instant()),
                filterForm(query),
                counts(list),
                bulkForm(session, list.rows()),
                pager(ctx, list.page(), list.pages())));
        WebApp.render(ctx, "线索列表", "/clues", body);
    }

    private void bulk(Context ctx) {
        Account who = WebApp.account(ctx);
        List<String> numbers = ctx.formParams("numbers").stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (numbers.isEmpty()) {
            throw WebException.badRequest("请至少勾选一条线索。");
        }
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("");
        switch (action) {
            case "confirm" -> review.confirm(numbers, who.username(), text(ctx, "comment"));
            case "dismiss" -> {
                String reason = text(ctx, "reason");
                if (reason.isBlank()) {
                    throw WebException.badRequest("排除线索须填写排除原因。");
                }
                review.dismiss(numbers, who.username(), reason);
            }
            case "jurisdiction" -> review.changeJurisdiction(numbers, jurisdiction(ctx), who.username(), text(ctx, "comment"));
            default -> throw WebException.badRequest("未知的操作");
        }
        ctx.redirect("/clues", HttpStatus.SEE_OTHER);
    }

    private void search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        Html.Tag form = tag("form").id("search").attr("method", "get").attr("action", "/search").add(
                tag("input").attr("type", "search").attr("name", "q").attr("value", q).attr("placeholder", "全文搜索，如：根治 包治"),
                tag("button").attr("type", "submit").id("search-button").add("搜索"));
        List<Object> body = new ArrayList<>(List.of(form));
        if (!q.isEmpty()) {
            SearchResults r = searchPages(q);
            body.add(tag("p").id("search-count").add("共找到 " + r.totalHits() + " 个页面。"));
            Html.Tag list = tag("ol").id("search-results");
            for (SearchHit hit : r.hits()) {
                Html.Tag item = tag("li").add(tag("div").cls("hit-title").add(hit.title().isBlank() ? "（无标题）" : hit.title()),
                        tag("div").cls("hit-url").add(hit.url()));
                hit.highlights().forEach(h -> item.add(tag("div").cls("context").add(bracketHighlight(h))));
                Html.Tag clues = tag("div").cls("hit-clues");
                services.store().clues().ofPage(hit.url()).forEach(c -> clues.add(
                        tag("a").attr("href", "/clues/" + c.number()).add(c.number() + " " + c.category().chineseName()), " "));
                list.add(item.add(clues));
            }
            body.add(list);
        }
        WebApp.render(ctx, "全文搜索", "/search", tag("div").add(body.toArray()).build());
    }

    private SearchResults searchPages(String q) {
        if (services.index().isEmpty()) {
            throw new WebException(503, "搜索不可用", "全文索引未能打开，请查看服务日志。");
        }
        try {
            return services.index().get().search(q, SEARCH_LIMIT);
        } catch (IOException e) {
            throw new WebException(503, "搜索不可用", "读取全文索引时出错。");
        }
    }

    /** A passage from the index: the matches between 【 and 】; escaped piece by piece, matches marked. */
    static Html bracketHighlight(String passage) {
        List<Html> parts = new ArrayList<>();
        int i = 0;
        while (i < passage.length()) {
            int open = passage.indexOf('【', i);
            int close = open < 0 ? -1 : passage.indexOf('】', open + 1);
            if (open < 0 || close < 0) {
                parts.add(Html.text(passage.substring(i)));
                break;
            }
            parts.add(Html.text(passage.substring(i, open)));
            parts.add(tag("mark").add(passage.substring(open + 1, close)).build());
            i = close + 1;
        }
        return Html.join(parts);
    }

    private Html filterForm(ClueQuery q) {
        Html.Tag status = tag("select").attr("name", "status").id("filter-status").add(option("", "全部状态", q.status().isEmpty()));
        for (ClueStatus s : ClueStatus.values()) {
            status.add(option(s.name(), s.chineseName(), q.status().equals(Optional.of(s))));
        }
        Html.Tag category = tag("select").attr("name", "category").id("filter-category").add(option("", "全部类型", q.category().isEmpty()));
        for (Category c : Category.values()) {
            category.add(option(c.name(), c.chineseName(), q.category().equals(Optional.of(c))));
        }
        Html.Tag sort = tag("select").attr("name", "sort").id("filter-sort");
        sort.add(option("found", "按发现时间", q.sort() == ClueQuery.Sort.FOUND),
                option("category", "按违法类型", q.sort() == ClueQuery.Sort.CATEGORY),
                option("status", "按状态", q.sort() == ClueQuery.Sort.STATUS),
                option("number", "按编号", q.sort() == ClueQuery.Sort.NUMBER));
        Html.Tag dir = tag("select").attr("name", "dir").id("filter-dir")
                .add(option("desc", "降序", !q.ascending()), option("asc", "升序", q.ascending()));
        return tag("form").id("filter").attr("method", "get").attr("action", "/clues").add(tag("fieldset").add(
                tag("input").attr("type", "search").attr("name", "q").id("filter-q").attr("value", q.q().orElse(""))
                        .attr("placeholder", "全文搜索"),
                status, category,
                tag("input").attr("name", "region").id("filter-region").attr("value", q.region().orElse(""))
                        .attr("placeholder", "属地代码，如 33").attr("size", "10"),
                tag("input").attr("name", "site").id("filter-site").attr("value", q.site().orElse(""))
                        .attr("placeholder", "网站").attr("size", "12"),
                tag("label").add("从 ", tag("input").attr("type", "date").attr("name", "from").id("filter-from")
                        .attr("value", q.from().map(Object::toString).orElse(""))),
                tag("label").add("至 ", tag("input").attr("type", "date").attr("name", "to").id("filter-to")
                        .attr("value", q.to().map(Object::toString).orElse(""))),
                sort, dir,
                tag("button").attr("type", "submit").id("filter-button").add("筛选"))).build();
    }

    private static Html counts(CluePage list) {
        Html.Tag statuses = tag("div").cls("counts").id("counts-status").add("按状态：");
        list.byStatus().forEach((s, n) -> statuses.add(tag("span").attr("data-status", s.name()).add(s.chineseName() + " " + n)));
        Html.Tag categories = tag("div").cls("counts").id("counts-category").add("按类型：");
        list.byCategory().forEach((c, n) -> categories.add(tag("span").attr("data-category", c.name()).add(c.chineseName() + " " + n)));
        return tag("div").add(tag("p").id("clue-total").add("共 " + list.total() + " 条线索"), statuses, categories).build();
    }

    private Html bulkForm(Session s, List<ClueRow> rows) {
        Html.Tag table = tag("table").id("clue-table").add(tag("tr").add(
                tag("th").add(tag("input").attr("type", "checkbox").id("select-all").attr("title", "全选")),
                tag("th").add("编号"), tag("th").add("发现时间"), tag("th").add("网站"), tag("th").add("主体"),
                tag("th").add("违法类型"), tag("th").add("摘录"), tag("th").add("属地"), tag("th").add("状态")));
        for (ClueRow r : rows) {
            table.add(tag("tr").attr("data-number", r.number()).add(
                    tag("td").add(tag("input").attr("type", "checkbox").attr("name", "numbers").attr("value", r.number())),
                    tag("td").add(tag("a").attr("href", "/clues/" + r.number()).cls("clue-link").add(r.number())),
                    tag("td").add(Layout.time(r.firstSeen())),
                    tag("td").add(r.siteName()),
                    tag("td").add(r.advertiser().orElse("")),
                    tag("td").add(r.category().chineseName()),
                    tag("td").add(clip(r.excerpt(), 60)),
                    tag("td").add(r.jurisdiction().name() + (r.jurisdiction().source() == Jurisdiction.Source.MANUAL
                            ? "（人工指定）" : "")),
                    tag("td").cls("status-" + r.status().name()).add(r.status().chineseName())));
        }
        Html.Tag actions = tag("fieldset").id("bulk-actions").add(
                tag("button").attr("type", "submit").attr("name", "action").attr("value", "confirm").id("bulk-confirm").add("确认所选"),
                " ",
                tag("textarea").attr("name", "reason").id("bulk-reason").attr("rows", "1").attr("placeholder", "排除原因（排除时必填）"),
                tag("button").attr("type", "submit").attr("name", "action").attr("value", "dismiss").id("bulk-dismiss")
                        .cls("danger").add("排除所选"),
                " ",
                jurisdictionSelect(services, "bulk-jurisdiction-select"),
                tag("button").attr("type", "submit").attr("name", "action").attr("value", "jurisdiction").id("bulk-jurisdiction")
                        .cls("secondary").add("更改属地"));
        return Layout.postForm(s, "/clues/bulk").id("bulk").add(actions, table).build();
    }

    /** The select[name=jurisdiction]: the provinces, and every jurisdiction clues have now. */
    static Html jurisdictionSelect(Services services, String id) {
        Map<String, String> options = new TreeMap<>(provinces());
        options.putAll(services.store().clues().jurisdictionsInUse());
        Html.Tag select = tag("select").attr("name", "jurisdiction").id(id).add(option("", "选择属地", true));
        options.forEach((code, name) -> select.add(option(code, code + " " + name, false)));
        return select.build();
    }

    private static Map<String, String> provinces() {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = JurisdictionResolver.class.getResourceAsStream("provinces.csv")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.strip().split(",");
                if (f.length >= 2 && f[0].matches("[0-9]{6}")) {
                    out.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            // the select still offers the clues' own jurisdictions
        }
        return out;
    }

    static String jurisdiction(Context ctx) {
        String code = Optional.ofNullable(ctx.formParam("jurisdiction")).orElse("").strip();
        if (!code.matches("[0-9]{6}")) {
            throw WebException.badRequest("请选择属地（六位行政区划代码）。");
        }
        return code;
    }

    static String text(Context ctx, String name) {
        String v = Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
        if (v.length() > 2000) {
            throw WebException.badRequest("输入过长（最多2000字）。");
        }
        return v;
    }

    static Html option(String value, String label, boolean selected) {
        return tag("option").attr("value", value).flag("selected", selected).add(label).build();
    }

    private static Html pager(Context ctx, int page, int pages) {
        Html.Tag p = tag("div").cls("pager").id("pager").add(tag("span").add("第 " + page + " / " + pages + " 页"));
        if (page > 1) {
            p.add(tag("a").id("page-prev").attr("href", pageLink(ctx, page - 1)).add("上一页"));
        }
        if (page < pages) {
            p.add(tag("a").id("page-next").attr("href", pageLink(ctx, page + 1)).add("下一页"));
        }
        return p.build();
    }

    private static String pageLink(Context ctx, int page) {
        Set<String> keys = new LinkedHashSet<>(ctx.queryParamMap().keySet());
        keys.remove("page");
        StringBuilder sb = new StringBuilder("/clues?page=").append(page);
        for (String k : keys) {
            for (String v : ctx.queryParams(k)) {
                sb.append('&').append(enc(k)).append('=').append(enc(v));
            }
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String clip(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > max ? t.substring(0, max) + "…" : t;
    }
}
