package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medadwatch.review.Statistics;
import org.medadwatch.review.StatisticsXlsx;

/** 统计: a period's figures, tables and two server-drawn bar charts (inline SVG, no script), and its xlsx. */
final class StatsController {
    private static final int DEFAULT_DAYS = 30;
    private final Services services;

    StatsController(Services services) {
        this.services = services;
    }

    void routes(Javalin app) {
        // read-only figures: the nav shows 统计 to every role
        app.get("/stats", this::stats, Role.ANALYST);
        app.get("/stats.xlsx", this::xlsx, Role.ANALYST);
    }

    private record Period(LocalDate from, LocalDate to) {
        String query() {
            return "from=" + from + "&to=" + to;
        }
    }

    private Period period(Context ctx) {
        LocalDate today = LocalDate.now(services.clock().withZone(Layout.ZONE));
        String to = Optional.ofNullable(ctx.queryParam("to")).orElse("").strip();
        String from = Optional.ofNullable(ctx.queryParam("from")).orElse("").strip();
        LocalDate end = to.isEmpty() ? today : DispatchController.date(to, "结束日期");
        LocalDate start = from.isEmpty() ? end.minusDays(DEFAULT_DAYS - 1) : DispatchController.date(from, "开始日期");
        if (end.isBefore(start)) {
            throw WebException.badRequest("结束日期 " + end + " 早于开始日期 " + start + "。");
        }
        return new Period(start, end);
    }

    private void xlsx(Context ctx) throws IOException {
        Period p = period(ctx);
        Statistics s = services.statistics().period(p.from(), p.to(), Layout.ZONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsXlsx.write(s, out);
        DispatchController.download(ctx, DispatchController.XLSX, "stats-" + p.from() + "_" + p.to() + ".xlsx",
                out.toByteArray());
    }

    private void stats(Context ctx) {
        Period p = period(ctx);
        Statistics s = services.statistics().period(p.from(), p.to(), Layout.ZONE);

        Html.Tag form = tag("form").id("stats-period").attr("method", "get").attr("action", "/stats").add(
                tag("label").attr("for", "stats-from").add("从"),
                tag("input").attr("type", "date").attr("name", "from").id("stats-from").attr("value", p.from().toString()),
                tag("label").attr("for", "stats-to").add("至"),
                tag("input").attr("type", "date").attr("name", "to").id("stats-to").attr("value", p.to().toString()),
                tag("button").attr("type", "submit").id("stats-button").add("统计"));

        Html.Tag figures = tag("table").cls("facts").id("stat-figures").add(
                figure("监测页面数", "stat-pages", String.valueOf(s.pagesMonitored())),
                figure("医疗广告数", "stat-ads", String.valueOf(s.medicalAds())),
                figure("发现线索数", "stat-clues", String.valueOf(s.cluesFound())),
                figure("派发", "stat-dispatched", String.valueOf(s.dispatched())),
                figure("签收", "stat-viewed", String.valueOf(s.viewed())),
                figure("处置", "stat-handled", String.valueOf(s.handled())),
                figure("处置率", "stat-rate", percent(s.handlingRate())));

        Html.Tag byCategory = tag("table").id("stats-by-category").add(tag("tr").add(tag("th").add("违法类型"), tag("th").add("线索数")));
        List<Bar> categoryBars = new ArrayList<>();
        for (Statistics.CategoryCount c : s.byCategory()) {
            byCategory.add(tag("tr").attr("data-category", c.category().name()).add(
                    tag("td").add(c.category().chineseName()), tag("td").add(String.valueOf(c.clues()))));
            categoryBars.add(new Bar(c.category().chineseName(), c.clues()));
        }
        Html.Tag byRegion = tag("table").id("stats-by-region").add(tag("tr").add(tag("th").add("属地"), tag("th").add("线索数")));
        for (Statistics.RegionCount r : s.byRegion()) {
            byRegion.add(tag("tr").add(tag("td").add(r.code().map(c -> c + " ").orElse("") + r.name()),
                    tag("td").add(String.valueOf(r.clues()))));
        }
        Html.Tag byStatus = tag("table").id("stats-by-status").add(tag("tr").add(tag("th").add("状态"), tag("th").add("线索数")));
        for (Statistics.StatusCount st : s.byStatus()) {
            byStatus.add(tag("tr").attr("data-status", st.status().name()).add(
                    tag("td").add(st.status().chineseName()), tag("td").add(String.valueOf(st.clues()))));
        }
        List<Bar> dayBars = s.perDay().stream().map(d -> new Bar(d.day().toString(), d.found())).toList();

        Html body = tag("div").add(form,
                tag("p").add(tag("a").id("download-stats").attr("href", "/stats.xlsx?" + p.query()).add("下载统计表（Excel）")),
                tag("h2").add("概况"), figures,
                tag("p").cls("note").add("派发、签收、处置统计本期派发的线索，截至期末；处置率 = 处置 ÷ 派发。"),
                tag("h2").add("每日发现线索"), columns("chart-days", dayBars),
                tag("h2").add("按违法类型"), rowsChart("chart-categories", categoryBars), byCategory,
                tag("h2").add("按属地"), byRegion,
                tag("h2").add("按状态（当前）"), byStatus).build();
        WebApp.render(ctx, "统计 " + p.from() + " 至 " + p.to(), "/stats", body);
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static Html figure(String label, String id, String value) {
        return tag("tr").add(tag("th").add(label), tag("td").id(id).add(value)).build();
    }

    /** One bar: its label (text, escaped) and value. */
    record Bar(String label, long value) {
    }

    private static final int WIDTH = 720;

    /** Vertical bars, one per item, a label under every k-th so that at most about 10 show. */
    static Html columns(String id, List<Bar> bars) {
        int height = 200;
        int left = 36;
        int bottom = 24;
        int top = 12;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(0));
        double slot = bars.isEmpty() ? 0 : (double) (WIDTH - left - 4) / bars.size();
        int every = Math.max(1, (int) Math.ceil(bars.size() / 10.0));
        Html.Tag svg = svg(id, WIDTH, height + bottom + top);
        svg.add(tag("text").attr("x", "0").attr("y", num(top + 4)).add(String.valueOf(max)),
                tag("text").attr("x", "0").attr("y", num(top + height)).add("0"),
                tag("line").attr("x1", num(left)).attr("y1", num(top + height)).attr("x2", num(WIDTH))
                        .attr("y2", num(top + height)).attr("stroke", "#999"));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = (double) b.value() * height / max;
            double x = left + i * slot;
            svg.add(tag("rect").attr("x", num(x + slot * 0.1)).attr("y", num(top + height - h))
                    .attr("width", num(Math.max(1, slot * 0.8))).attr("height", num(h)).attr("data-value", String.valueOf(b.value()))
                    .add(tag("title").add(b.label() + "：" + b.value())));
            if (i % every == 0) {
                svg.add(tag("text").attr("x", num(x)).attr("y", num(top + height + 16)).add(shortLabel(b.label())));
            }
        }
        return svg.build();
    }

    /** Horizontal bars, one row per item, the label at the left. */
    static Html rowsChart(String id, List<Bar> bars) {
        int row = 24;
        int labelWidth = 180;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(0));
        Html.Tag svg = svg(id, WIDTH, Math.max(row, bars.size() * row) + 8);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double w = (double) b.value() * (WIDTH - labelWidth - 60) / max;
            int y = 4 + i * row;
            svg.add(tag("text").attr("x", "0").attr("y", num(y + 15)).add(ClueController.clip(b.label(), 14)),
                    tag("rect").attr("x", num(labelWidth)).attr("y", num(y + 3)).attr("width", num(w))
                            .attr("height", num(row - 6)).attr("data-value", String.valueOf(b.value()))
                            .add(tag("title").add(b.label() + "：" + b.value())),
                    tag("text").attr("x", num(labelWidth + w + 6)).attr("y", num(y + 15)).add(String.valueOf(b.value())));
        }
        return svg.build();
    }

    private static Html.Tag svg(String id, int width, int height) {
        // "viewbox": the HTML parser restores SVG's viewBox case (the builder allows lower-case names only)
        return tag("svg").id(id).cls("chart").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", num(width)).attr("height", num(height))
                .attr("viewbox", "0 0 " + width + " " + height).attr("role", "img");
    }

    private static String shortLabel(String label) {
        return label.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? label.substring(5) : label;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
