package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueEvent;
import org.medadwatch.clue.ClueRow;
import org.medadwatch.clue.Jurisdiction;
import org.medadwatch.clue.PageRemoval;
import org.medadwatch.review.ReviewService;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.store.StoredFinding;
import org.medadwatch.store.StoredPage;

/** One clue: facts, evidence in context, legal basis, the page's other findings, history, actions. */
final class ClueDetailController {
    private static final int CONTEXT_CHARS = 80;
    private static final DateTimeFormatter CHECK_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Shanghai"));
    private final Services services;
    private final ReviewService review;
    private final ArchivedPages archive;

    ClueDetailController(Services services) {
        this.services = services;
        this.review = services.review();
        this.archive = new ArchivedPages(services.evidence(), services.extractor());
    }

    void routes(Javalin app) {
        app.get("/clues/{number}", this::detail, Role.ANALYST);
        app.post("/clues/{number}/confirm", this::confirm, Role.ANALYST);
        app.post("/clues/{number}/dismiss", this::dismiss, Role.ANALYST);
        app.post("/clues/{number}/jurisdiction", this::jurisdiction, Role.ANALYST);
    }

    static String number(Context ctx) {
        String n = ctx.pathParam("number");
        if (!n.matches("[A-Z]{1,4}-[0-9]{4}-[0-9]{1,9}")) {
            throw WebException.notFound("没有线索 " + n);
        }
        return n;
    }

    private void confirm(Context ctx) {
        String n = number(ctx);
        review.confirm(List.of(n), WebApp.account(ctx).username(), ClueController.text(ctx, "comment"));
        ctx.redirect("/clues/" + n, HttpStatus.SEE_OTHER);
    }

    private void dismiss(Context ctx) {
        String n = number(ctx);
        String reason = ClueController.text(ctx, "reason");
        if (reason.isBlank()) {
            throw WebException.badRequest("排除线索须填写排除原因。");
        }
        review.dismiss(List.of(n), WebApp.account(ctx).username(), reason);
        ctx.redirect("/clues/" + n, HttpStatus.SEE_OTHER);
    }

    private void jurisdiction(Context ctx) {
        String n = number(ctx);
        review.changeJurisdiction(List.of(n), ClueController.jurisdiction(ctx), WebApp.account(ctx).username(),
                ClueController.text(ctx, "comment"));
        ctx.redirect("/clues/" + n, HttpStatus.SEE_OTHER);
    }

    private void detail(Context ctx) {
        String n = number(ctx);
        Clue clue = services.store().clues().find(n).orElseThrow(() -> WebException.notFound("没有线索 " + n));
        ClueRow row = services.store().clues().findRow(n).orElseThrow(() -> WebException.notFound("没有线索 " + n));
        Optional<ArchivedPages.ArchivedPage> archived = archive.load(clue.evidence(), clue.pageUrl());
        Optional<String> text = archived.flatMap(ArchivedPages.ArchivedPage::page).map(p -> p.text());
        Optional<String> title = archived.flatMap(ArchivedPages.ArchivedPage::page).map(p -> p.title());
        List<StoredFinding> findings = services.store().pages().findings(clue.pageUrl());
        List<ClueEvent> events = services.store().clues().events(n);
        Session s = WebApp.expectSession(ctx);

        Html.Tag facts = tag("table").cls("facts").id("facts").add(
                fact("编号", clue.number()),
                fact("状态", clue.status().chineseName()),
                fact("违法类型", clue.category().chineseName() + "（" + clue.category().name() + "）"),
                fact("网站", row.siteName()),
                fact("页面标题", title.orElse("")),
                tag("tr").add(tag("th").add("网址"), tag("td").id("page-url").add(urlCell(clue.pageUrl()))),
                fact("主体名称", row.advertiser().orElse("")),
                fact("联系电话", String.join("；", row.phones())),
                fact("ICP备案号", row.icp().orElse("")),
                fact("审查证明文号", String.join("；", row.approvalNumbers())),
                tag("tr").add(tag("th").add("属地"), tag("td").id("jurisdiction-fact")
                        .attr("data-source", clue.jurisdiction().source().name())
                        .add(row.jurisdiction().name() + row.jurisdiction().code().map(c -> "（" + c + "）").orElse("")
                                + " · " + jurisdictionSource(clue, events))),
                fact("首次发现", Layout.time(clue.firstSeen())),
                fact("最近发现", Layout.time(clue.lastSeen())));
        // A removed page is evidence for 回头看: shown as a fact, the analyst decides what it means.
        services.store().pages().find(clue.pageUrl()).flatMap(StoredPage::removal).ifPresent(removal ->
                facts.add(tag("tr").id("page-removed").add(tag("th").add("页面状态"), tag("td").add(removed(removal)))));

        Html.Tag evidence = tag("div").id("evidence");
        List<StoredFinding> mine = findings.stream().filter(f -> f.clueNumber().equals(n)).toList();
        if (mine.isEmpty()) {
            evidence.add(tag("div").cls("context").add(clue.excerpt()));
        }
        for (StoredFinding f : mine) {
            Html shown = f.evidence().isEmpty() ? Html.text(clue.excerpt()) : inContext(text, f);
            evidence.add(tag("div").cls("context").attr("data-rule", f.ruleId()).add(shown),
                    tag("p").cls("note").add("规则 " + f.ruleId() + (f.isGone() ? "（已消失）" : "") + "：" + f.note()));
        }

        Html.Tag others = tag("ul").id("other-findings");
        services.store().clues().othersOnPage(n).forEach(o -> others.add(tag("li").add(
                tag("a").attr("href", "/clues/" + o.number()).add(o.number()), " ",
                o.category().chineseName() + "（" + o.status().chineseName() + "）：" + ClueController.clip(o.excerpt(), 60))));

        Html.Tag history = tag("table").id("history").add(tag("tr").add(tag("th").add("时间"), tag("th").add("操作人"),
                tag("th").add("操作"), tag("th").add("说明")));
        for (ClueEvent e : events) {
            history.add(tag("tr").add(tag("td").add(Layout.time(e.at())), tag("td").add(e.actor()),
                    tag("td").add(action(e.action())), tag("td").add(e.detail())));
        }

        Html body = tag("div").add(
                facts,
                tag("h2").add("违法内容"), evidence,
                tag("h2").add("法律依据"), tag("p").id("basis").add(clue.basis()),
                tag("p").add(tag("a").id("view-archive").attr("href", "/clues/" + n + "/archive").add("查看存档")),
                actions(s, clue),
                DispatchController.clueSection(services, s, n, clue.status()),
                tag("h2").add("本页其他线索"), others,
                tag("h2").add("处理记录"), history).build();
        WebApp.render(ctx, "线索 " + n, "/clues", body);
    }

    private Html actions(Session s, Clue clue) {
        String n = clue.number();
        Html.Tag box = tag("div").id("actions").add(tag("h2").add("审核"));
        if (clue.status().canMoveTo(ClueStatus.CONFIRMED)) {
            box.add(Layout.postForm(s, "/clues/" + n + "/confirm").id("confirm-form").add(
                    tag("input").attr("name", "comment").id("confirm-comment").attr("placeholder", "审核意见（可选）"),
                    tag("button").attr("type", "submit").id("confirm").add("确认违法")));
        }
        if (clue.status().canMoveTo(ClueStatus.DISMISSED)) {
            box.add(Layout.postForm(s, "/clues/" + n + "/dismiss").id("dismiss-form").add(
                    tag("textarea").attr("name", "reason").id("reason").attr("rows", "2").attr("placeholder", "排除原因（必填）"),
                    tag("button").attr("type", "submit").id("dismiss").cls("danger").add("排除")));
        }
        box.add(Layout.postForm(s, "/clues/" + n + "/jurisdiction").id("jurisdiction-form").add(
                ClueController.jurisdictionSelect(services, "jurisdiction"),
                tag("button").attr("type", "submit").id("change-jurisdiction").cls("secondary").add("更改属地")));
        return box.build();
    }

    /** How the jurisdiction was decided; for a manual one, who set it and when (its latest event). */
    static String jurisdictionSource(Clue clue, List<ClueEvent> events) {
        Jurisdiction.Source source = clue.jurisdiction().source();
        if (source != Jurisdiction.Source.MANUAL) {
            return "来源：" + source.chineseName();
        }
        return events.stream().filter(e -> e.action().equals("jurisdiction")).reduce((a, b) -> b)
                .map(e -> "来源：人工指定（" + e.actor() + "，" + Layout.time(e.at()) + "）").orElse("来源：人工指定");
    }

    /** The evidence in its context: the text around it escaped, the evidence itself in a mark. */
    static Html inContext(Optional<String> pageText, StoredFinding f) {
        String ev = f.evidence();
        if (pageText.isPresent() && !ev.isEmpty()) {
            String t = pageText.get();
            int start = f.start();
            int end = f.end();
            if (start < 0 || end > t.length() || start >= end || !t.substring(start, end).equals(ev)) {
                start = t.indexOf(ev);
                end = start + ev.length();
            }
            if (start >= 0) {
                int from = Math.max(0, start - CONTEXT_CHARS);
                int to = Math.min(t.length(), end + CONTEXT_CHARS);
                return Html.join(List.of(Html.text((from > 0 ? "…" : "") + t.substring(from, start)),
                        tag("mark").add(t.substring(start, end)).build(),
                        Html.text(t.substring(end, to) + (to < t.length() ? "…" : ""))));
            }
        }
        return tag("mark").add(ev).build();
    }

    /** The page URL as text, and a link only for http(s). */
    static Html urlCell(String url) {
        Html.Tag cell = tag("span").add(tag("code").add(url));
        if (Html.isSafeUrl(url) && !url.startsWith("/")) {
            cell.add(" ", tag("a").id("page-link").attr("href", url).attr("rel", "noopener noreferrer nofollow")
                    .attr("target", "_blank").attr("referrerpolicy", "no-referrer").add("打开原网页（外部，谨慎）"));
        }
        return cell.build();
    }

    /** 页面已删除（404，2026-11-30 检查）: the status, or what happened to the site, and the day it was found. */
    static String removed(PageRemoval removal) {
        return "页面已删除（" + removal.reason().label() + "，" + CHECK_DAY.format(removal.checked()) + " 检查）";
    }

    private static Html fact(String label, String value) {
        return tag("tr").add(tag("th").add(label), tag("td").add(value)).build();
    }

    /** The event's action as the history shows it: events store a stable code, analysts read Chinese. */
    static String action(String action) {
        return ClueStatus.find(action).map(ClueStatus::chineseName).orElseGet(() -> switch (action) {
            case "created" -> "发现";
            case "gone" -> "页面已不再显示";
            case "reappeared" -> "再次出现";
            case "viewed" -> "签收";
            case "jurisdiction" -> "更改属地";
            default -> action;
        });
    }
}
