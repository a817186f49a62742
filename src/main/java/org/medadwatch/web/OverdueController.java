package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.review.OverdueClue;
import org.medadwatch.store.ClueFilter;

/** 逾期: dispatched clues not signed for or not handled within {@link WebConfig#overdueDays()}. */
final class OverdueController {
    private final WebConfig config;
    private final Services services;

    OverdueController(WebConfig config, Services services) {
        this.config = config;
        this.services = services;
    }

    void routes(Javalin app) {
        app.get("/overdue", this::overdue, Role.SUPERVISOR);
    }

    private void overdue(Context ctx) {
        List<OverdueClue> late = services.feedback().overdue(Duration.ofDays(config.overdueDays()),
                services.clock().instant());
        Map<String, ClueRow> rows = services.store().clues().sheet(ClueFilter.withStatus(ClueStatus.DISPATCHED)).stream()
                .collect(Collectors.toMap(ClueRow::number, Function.identity(), (a, b) -> a));
        Html.Tag table = tag("table").id("overdue-table").add(tag("tr").add(tag("th").add("编号"), tag("th").add("原因"),
                tag("th").add("逾期天数"), tag("th").add("派发批次"), tag("th").add("属地"), tag("th").add("派发时间"),
                tag("th").add("网站"), tag("th").add("违法内容")));
        for (OverdueClue o : late) {
            ClueRow r = rows.get(o.clueNumber());
            table.add(tag("tr").attr("data-number", o.clueNumber()).attr("data-reason", o.reason().name()).add(
                    tag("td").add(tag("a").attr("href", "/clues/" + o.clueNumber()).add(o.clueNumber())),
                    tag("td").cls("reason").add(o.reason().chineseName()),
                    tag("td").cls("days").add(String.valueOf(o.daysOverdue())),
                    tag("td").add(tag("a").attr("href", "/batches/" + o.batchNumber()).add(o.batchNumber())),
                    tag("td").add(o.jurisdictionCode() + " " + o.jurisdictionName()),
                    tag("td").add(Layout.time(o.dispatchedAt())),
                    tag("td").add(r == null ? "" : ClueController.clip(r.siteName(), 40)),
                    tag("td").add(r == null ? "" : ClueController.clip(r.excerpt(), 80))));
        }
        Html body = tag("div").add(
                tag("p").id("overdue-summary").add("派发后超过 " + config.overdueDays() + " 天仍未签收或未处置的线索：共 "
                        + late.size() + " 条。"),
                late.isEmpty() ? tag("p").id("overdue-none").add("没有逾期线索。") : table).build();
        WebApp.render(ctx, "逾期线索", "/overdue", body);
    }
}
