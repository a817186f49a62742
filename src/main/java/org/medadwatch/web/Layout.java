package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The page shell: head, navigation by role, the logout form, and small shared pieces. */
final class Layout {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZONE);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZONE);

    private Layout() {
    }

    static String page(String title, Optional<Session> session, String active, Html body) {
        Html.Tag nav = tag("nav").id("nav");
        nav.add(tag("span").cls("brand").add("MedAd Watch 医疗广告监测"));
        session.flatMap(Session::account).ifPresent(a -> {
            nav.add(link("/clues", "线索", active), link("/search", "搜索", active));
            if (a.role().includes(Role.SUPERVISOR)) {
                nav.add(link("/batches", "派发", active), link("/overdue", "逾期", active));
            }
            nav.add(link("/stats", "统计", active));
            if (a.role().includes(Role.ADMIN)) {
                nav.add(link("/users", "用户", active));
            }
            nav.add(tag("form").id("logout").attr("method", "post").attr("action", "/logout")
                    .add(csrf(session.get()), tag("span").cls("who").add(a.username() + "（" + a.role().chineseName() + "）"),
                            tag("button").attr("type", "submit").id("logout-button").add("退出")));
        });
        Html doc = tag("html").attr("lang", "zh-CN").add(
                tag("head").add(
                        tag("meta").attr("charset", "utf-8"),
                        tag("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
                        tag("title").add(title + " - MedAd Watch"),
                        tag("link").attr("rel", "stylesheet").attr("href", "/static/app.css"),
                        tag("script").attr("src", "/static/app.js").attr("defer", "defer")),
                tag("body").add(nav, tag("main").add(tag("h1").add(title), body))).build();
        return "<!DOCTYPE html>\n" + doc;
    }

    /** The hidden CSRF field every form that POSTs carries. */
    static Html csrf(Session s) {
        return tag("input").attr("type", "hidden").attr("name", WebApp.CSRF_FIELD).attr("value", s.csrfToken()).build();
    }

    static Html.Tag postForm(Session s, String action) {
        return tag("form").attr("method", "post").attr("action", action).add(csrf(s));
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    private static Html link(String href, String label, String active) {
        Html.Tag a = tag("a").attr("href", href).add(label);
        if (href.equals(active)) {
            a.cls("active");
        }
        return a.build();
    }
}
