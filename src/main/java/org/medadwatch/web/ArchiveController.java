package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.medadwatch.clue.Clue;
import org.medadwatch.page.ExtractedPage;

/**
 * The archived page of a clue, read from its WARC record: as extracted text (escaped), and as
 * the original markup in a sandboxed frame served from its own route with
 * {@code Content-Security-Policy: sandbox; default-src 'none'}: no script, no plugin, no request
 * of any kind, a unique origin; the frame element carries an empty {@code sandbox} too.
 */
final class ArchiveController {
    static final String RAW_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";
    private final Services services;
    private final ArchivedPages archive;

    ArchiveController(Services services) {
        this.services = services;
        this.archive = new ArchivedPages(services.evidence(), services.extractor());
    }

    void routes(Javalin app) {
        app.get("/clues/{number}/archive", this::text, Role.ANALYST);
        app.get("/clues/{number}/archive/raw", this::raw, Role.ANALYST);
    }

    private Clue clue(Context ctx) {
        String n = ClueDetailController.number(ctx);
        return services.store().clues().find(n).orElseThrow(() -> WebException.notFound("没有线索 " + n));
    }

    private void text(Context ctx) {
        Clue clue = clue(ctx);
        ArchivedPages.ArchivedPage page = archive.load(clue.evidence(), clue.pageUrl())
                .orElseThrow(() -> WebException.notFound("存档记录不存在或已损坏：" + clue.evidence().warcFile()));
        Html.Tag body = tag("div").add(
                tag("p").add("网址：", tag("code").id("archive-url").add(clue.pageUrl())),
                tag("p").add("证据记录：", clue.evidence().warcFile() + " " + clue.evidence().recordId()));
        if (!page.digestMatches()) {
            body.add(tag("p").cls("warning").id("digest-warning").add("警告：存档内容与登记的摘要不符。"));
        }
        page.page().ifPresentOrElse(p -> body.add(
                        tag("p").add("标题：", tag("strong").id("archive-title").add(p.title())),
                        tag("h2").add("页面文字"),
                        tag("div").cls("archive-text").id("archive-text").add(p.text())),
                () -> body.add(tag("p").cls("warning").add("无法提取此存档的文字。")));
        body.add(tag("h2").add("原始页面（沙箱，不执行脚本）"),
                tag("iframe").cls("archive").id("archive-frame").attr("sandbox", "")
                        .attr("referrerpolicy", "no-referrer").attr("src", "/clues/" + clue.number() + "/archive/raw")
                        .attr("title", "存档页面"));
        WebApp.render(ctx, "存档 " + clue.number(), "/clues", body.build());
    }

    private void raw(Context ctx) {
        Clue clue = clue(ctx);
        ArchivedPages.ArchivedPage page = archive.load(clue.evidence(), clue.pageUrl())
                .orElseThrow(() -> WebException.notFound("存档记录不存在或已损坏"));
        Charset cs = page.page().map(ExtractedPage::charset).flatMap(ArchiveController::charset).orElse(StandardCharsets.UTF_8);
        ctx.header("Content-Security-Policy", RAW_CSP);
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("text/html; charset=" + cs.name());
        ctx.result(page.body());
    }

    private static java.util.Optional<Charset> charset(String name) {
        try {
            return java.util.Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
