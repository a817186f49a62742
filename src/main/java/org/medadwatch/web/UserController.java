package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/** Users (admin): list, add, disable and enable. */
final class UserController {
    private final Services services;
    private final SessionStore sessions;

    UserController(Services services, SessionStore sessions) {
        this.services = services;
        this.sessions = sessions;
    }

    void routes(Javalin app) {
        app.get("/users", this::list, Role.ADMIN);
        app.post("/users", this::add, Role.ADMIN);
        app.post("/users/{username}/disable", ctx -> setDisabled(ctx, true), Role.ADMIN);
        app.post("/users/{username}/enable", ctx -> setDisabled(ctx, false), Role.ADMIN);
    }

    private void list(Context ctx) {
        Session s = WebApp.expectSession(ctx);
        Html.Tag table = tag("table").id("user-table").add(tag("tr").add(tag("th").add("用户名"), tag("th").add("角色"),
                tag("th").add("创建时间"), tag("th").add("状态"), tag("th").add("操作")));
        for (Account a : services.accounts().all()) {
            String verb = a.disabled() ? "enable" : "disable";
            table.add(tag("tr").attr("data-username", a.username()).add(
                    tag("td").add(a.username()), tag("td").add(a.role().chineseName()),
                    tag("td").add(Layout.time(a.created())), tag("td").add(a.disabled() ? "已停用" : "正常"),
                    tag("td").add(Layout.postForm(s, "/users/" + a.username() + "/" + verb).cls("inline").add(
                            tag("button").attr("type", "submit").cls("secondary").id(verb + "-" + a.username())
                                    .add(a.disabled() ? "启用" : "停用")))));
        }
        Html.Tag role = tag("select").attr("name", "role").id("new-role");
        for (Role r : Role.values()) {
            role.add(ClueController.option(r.code(), r.chineseName(), r == Role.ANALYST));
        }
        Html.Tag form = Layout.postForm(s, "/users").id("add-user").add(tag("fieldset").add(
                tag("input").attr("name", "username").id("new-username").attr("placeholder", "用户名").flag("required", true),
                tag("input").attr("type", "password").attr("name", "password").id("new-password")
                        .attr("autocomplete", "new-password").attr("placeholder", "初始密码（至少8位）").flag("required", true),
                role, tag("button").attr("type", "submit").id("add-user-button").add("添加用户")));
        WebApp.render(ctx, "用户管理", "/users", tag("div").add(table, tag("h2").add("添加用户"), form).build());
    }

    private void add(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Role role = Role.find(Optional.ofNullable(ctx.formParam("role")).orElse(""))
                .orElseThrow(() -> WebException.badRequest("未知的角色"));
        try {
            services.accounts().add(username, password.toCharArray(), role);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        ctx.redirect("/users", HttpStatus.SEE_OTHER);
    }

    private void setDisabled(Context ctx, boolean disabled) {
        String username = ctx.pathParam("username");
        if (disabled && username.equals(WebApp.account(ctx).username())) {
            throw WebException.badRequest("不能停用自己的账号。");
        }
        try {
            services.accounts().setDisabled(username, disabled);
        } catch (IllegalArgumentException e) {
            throw WebException.notFound(e.getMessage());
        }
        if (disabled) {
            sessions.endAll(username);
        }
        ctx.redirect("/users", HttpStatus.SEE_OTHER);
    }
}
