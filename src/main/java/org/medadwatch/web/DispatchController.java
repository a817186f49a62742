package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.review.Batch;
import org.medadwatch.review.BatchRow;
import org.medadwatch.review.BatchSheetCsv;
import org.medadwatch.review.BatchSheetXlsx;
import org.medadwatch.review.Outcome;
import org.medadwatch.store.ClueFilter;

/** 派发: batches, a batch with its sheets, and the 签收 / 处置结果 a supervisor records for a clue. */
final class DispatchController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String BATCH_NO = "PF-[0-9]{4}-[0-9]{1,9}";
    private final Services services;

    DispatchController(Services services) {
        this.services = services;
    }

    void routes(Javalin app) {
        app.get("/batches", this::list, Role.SUPERVISOR);
        app.post("/batches", this::dispatch, Role.SUPERVISOR);
        app.get("/batches/{batch}", this::batch, Role.SUPERVISOR);
        app.get("/batches/{batch}/sheet.xlsx", this::xlsx, Role.SUPERVISOR);
        app.get("/batches/{batch}/sheet.csv", this::csv, Role.SUPERVISOR);
        app.post("/clues/{number}/viewed", this::viewed, Role.SUPERVISOR);
        app.post("/clues/{number}/feedback", this::feedback, Role.SUPERVISOR);
    }

    private static String batchNo(Context ctx) {
        String no = ctx.pathParam("batch");
        if (!no.matches(BATCH_NO)) {
            throw WebException.notFound("没有派发批次 " + no);
        }
        return no;
    }

    private Batch expectBatch(String no) {
        return services.dispatch().findBatch(no).orElseThrow(() -> WebException.notFound("没有派发批次 " + no));
    }

    private void list(Context ctx) {
        Session s = WebApp.expectSession(ctx);
        List<Batch> batches = services.dispatch().batches();
        Html.Tag table = tag("table").id("batch-table").add(tag("tr").add(tag("th").add("批次号"), tag("th").add("属地"),
                tag("th").add("派发时间"), tag("th").add("派发人"), tag("th").add("线索数"), tag("th").add("说明")));
        for (Batch b : batches) {
            table.add(tag("tr").attr("data-batch", b.number()).add(
                    tag("td").add(tag("a").cls("batch-link").attr("href", "/batches/" + b.number()).add(b.number())),
                    tag("td").add(b.jurisdictionCode() + " " + b.jurisdictionName()),
                    tag("td").add(Layout.time(b.createdAt())),
                    tag("td").add(b.actor()),
                    tag("td").cls("clue-count").add(String.valueOf(b.clueNumbers().size())),
                    tag("td").add(ClueController.clip(b.comment(), 60))));
        }

        List<ClueRow> confirmed = services.store().clues().sheet(ClueFilter.withStatus(ClueStatus.CONFIRMED));
        Html.Tag clues = tag("table").id("dispatch-clues").add(tag("tr").add(tag("th").add("选择"), tag("th").add("编号"),
                tag("th").add("属地"), tag("th").add("违法类型"), tag("th").add("网站"), tag("th").add("违法内容")));
        for (ClueRow r : confirmed) {
            clues.add(tag("tr").attr("data-number", r.number()).add(
                    tag("td").add(tag("input").attr("type", "checkbox").attr("name", "numbers").attr("value", r.number())
                            .attr("id", "dispatch-" + r.number())),
                    tag("td").add(tag("a").attr("href", "/clues/" + r.number()).add(r.number())),
                    tag("td").add(r.jurisdiction().code().map(c -> c + " ").orElse("") + r.jurisdiction().name()),
                    tag("td").add(r.category().chineseName()),
                    tag("td").add(ClueController.clip(r.siteName(), 40)),
                    tag("td").add(ClueController.clip(r.excerpt(), 80))));
        }
        Html.Tag form = Layout.postForm(s, "/batches").id("dispatch").add(
                tag("p").add(tag("label").attr("for", "dispatch-jurisdiction").add("派发至属地："),
                        ClueController.jurisdictionSelect(services, "dispatch-jurisdiction")),
                confirmed.isEmpty() ? tag("p").id("dispatch-none").add("没有待派发（已确认）的线索。") : clues,
                tag("p").add(tag("textarea").attr("name", "comment").id("dispatch-comment").attr("rows", "2")
                        .attr("placeholder", "派发说明（可选）")),
                tag("button").attr("type", "submit").id("dispatch-button").add("派发所选线索"));

        Html body = tag("div").add(
                tag("h2").add("新建派发批次"),
                tag("p").cls("note").add("一个批次只派往一个属地，只能包含该属地（或其下辖）已确认的线索。"),
                form,
                tag("h2").add("派发批次"),
                batches.isEmpty() ? tag("p").id("batch-none").add("尚无派发批次。") : table).build();
        WebApp.render(ctx, "派发", "/batches", body);
    }

    private void dispatch(Context ctx) {
        List<String> numbers = ctx.formParams("numbers").stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (numbers.isEmpty()) {
            throw WebException.badRequest("请勾选要派发的线索。");
        }
        for (String n : numbers) {
            if (!n.matches("[A-Z]{1,4}-[0-9]{4}-[0-9]{1,9}")) {
                throw WebException.badRequest("线索编号有误：" + n);
            }
        }
        String code = ClueController.jurisdiction(ctx);
        Batch b = services.dispatch().dispatch(numbers, code, WebApp.account(ctx).username(),
                ClueController.text(ctx, "comment"));
        ctx.redirect("/batches/" + b.number(), HttpStatus.SEE_OTHER);
    }

    private void batch(Context ctx) {
        Batch b = expectBatch(batchNo(ctx));
        List<BatchRow> rows = services.dispatch().sheet(b.number());
        Html.Tag facts = tag("table").cls("facts").id("batch-facts").add(
                fact("批次号", tag("span").id("batch-number").add(b.number()).build()),
                fact("属地", Html.text(b.jurisdictionCode() + " " + b.jurisdictionName())),
                fact("派发时间", Html.text(Layout.time(b.createdAt()))),
                fact("派发人", Html.text(b.actor())),
                fact("线索数", Html.text(String.valueOf(b.clueNumbers().size()))),
                fact("说明", Html.text(b.comment())));
        Html.Tag table = tag("table").id("batch-clues").add(tag("tr").add(tag("th").add("编号"), tag("th").add("状态"),
                tag("th").add("违法类型"), tag("th").add("网站"), tag("th").add("违法内容"), tag("th").add("处置结果")));
        for (BatchRow r : rows) {
            ClueRow c = r.clue();
            table.add(tag("tr").attr("data-number", c.number()).add(
                    tag("td").add(tag("a").attr("href", "/clues/" + c.number()).add(c.number())),
                    tag("td").cls("status-" + c.status().name()).attr("data-status", c.status().name())
                            .add(c.status().chineseName()),
                    tag("td").add(c.category().chineseName()),
                    tag("td").add(ClueController.clip(c.siteName(), 40)),
                    tag("td").add(ClueController.clip(c.excerpt(), 80)),
                    tag("td").add(r.feedback().map(f -> f.text()).orElse(""))));
        }
        Html body = tag("div").add(facts,
                tag("p").add(tag("a").id("download-xlsx").attr("href", "/batches/" + b.number() + "/sheet.xlsx")
                                .add("下载派发表（Excel）"), " ",
                        tag("a").id("download-csv").attr("href", "/batches/" + b.number() + "/sheet.csv")
                                .add("下载派发表（CSV）")),
                tag("h2").add("批次线索"), table).build();
        WebApp.render(ctx, "派发批次 " + b.number(), "/batches", body);
    }

    private void xlsx(Context ctx) throws IOException {
        String no = expectBatch(batchNo(ctx)).number();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSheetXlsx.write(services.dispatch().sheet(no), out);
        download(ctx, XLSX, no + ".xlsx", out.toByteArray());
    }

    private void csv(Context ctx) throws IOException {
        String no = expectBatch(batchNo(ctx)).number();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            BatchSheetCsv.write(services.dispatch().sheet(no), w);
        }
        download(ctx, "text/csv; charset=utf-8", no + ".csv", out.toByteArray());
    }

    /** An attachment; the file name is ASCII we made (a batch number, dates). */
    static void download(Context ctx, String type, String fileName, byte[] bytes) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(bytes);
    }

    private void viewed(Context ctx) {
        String n = ClueDetailController.number(ctx);
        services.dispatch().markViewed(n, WebApp.account(ctx).username());
        ctx.redirect("/clues/" + n, HttpStatus.SEE_OTHER);
    }

    private void feedback(Context ctx) {
        String n = ClueDetailController.number(ctx);
        Outcome outcome = Outcome.find(Optional.ofNullable(ctx.formParam("outcome")).orElse("").strip())
                .orElseThrow(() -> WebException.badRequest("请选择处置结果。"));
        LocalDate date = date(Optional.ofNullable(ctx.formParam("date")).orElse(""), "处置日期");
        services.feedback().record(n, outcome, ClueController.text(ctx, "note"), date, WebApp.account(ctx).username());
        ctx.redirect("/clues/" + n, HttpStatus.SEE_OTHER);
    }

    /** A yyyy-MM-dd date, or 400 naming the field. */
    static LocalDate date(String value, String label) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw WebException.badRequest(label + "格式应为 YYYY-MM-DD：" + ClueController.clip(value, 20));
        }
    }

    /** The supervisor's actions on a dispatched clue, and its recorded outcome; for the detail page. */
    static Html clueSection(Services services, Session s, String number, ClueStatus status) {
        Html.Tag box = tag("div").id("dispatch-actions");
        services.feedback().find(number).ifPresent(f -> box.add(tag("h2").add("处置结果"),
                tag("div").id("feedback-recorded").attr("data-outcome", f.outcome().name()).add(
                        tag("p").add(tag("strong").add(f.outcome().chineseName()), "（" + f.date() + "）"),
                        tag("p").add(f.note()),
                        tag("p").cls("note").add("录入：" + f.actor() + "，" + Layout.time(f.at())))));
        boolean supervisor = s.account().map(a -> a.role().includes(Role.SUPERVISOR)).orElse(false);
        if (supervisor && status == ClueStatus.DISPATCHED) {
            Html.Tag outcome = tag("select").attr("name", "outcome").id("feedback-outcome");
            for (Outcome o : Outcome.values()) {
                outcome.add(ClueController.option(o.name(), o.chineseName(), false));
            }
            box.add(tag("h2").add("签收与反馈"),
                    Layout.postForm(s, "/clues/" + number + "/viewed").id("viewed").add(
                            tag("button").attr("type", "submit").id("mark-viewed").cls("secondary").add("签收")),
                    Layout.postForm(s, "/clues/" + number + "/feedback").id("feedback").add(
                            tag("label").attr("for", "feedback-outcome").add("处置结果"), outcome,
                            tag("label").attr("for", "feedback-date").add("处置日期"),
                            tag("input").attr("type", "date").attr("name", "date").id("feedback-date")
                                    .attr("value", LocalDate.now(services.clock().withZone(Layout.ZONE)).toString())
                                    .attr("required", "required"),
                            tag("textarea").attr("name", "note").id("feedback-note").attr("rows", "2")
                                    .attr("placeholder", "处置说明（可选）"),
                            tag("button").attr("type", "submit").id("feedback-button").add("录入处置结果")));
        }
        return box.build();
    }

    private static Html fact(String label, Html value) {
        return tag("tr").add(tag("th").add(label), tag("td").add(value)).build();
    }
}
