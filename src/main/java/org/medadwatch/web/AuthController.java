package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Login (CSRF-protected, rate-limited per username and address) and logout. */
final class AuthController {
    private static final Logger LOG = LoggerFactory.getLogger(AuthController.class);
    private final WebConfig config;
    private final Services services;
    private final SessionStore sessions;
    private final LoginThrottle throttle;

    AuthController(WebConfig config, Services services, SessionStore sessions, LoginThrottle throttle) {
        this.config = config;
        this.services = services;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void routes(Javalin app) {
        app.get("/login", this::form);
        app.post("/login", this::login);
        app.post("/logout", this::logout);
    }

    private void form(Context ctx) {
        Session s = WebApp.session(ctx).orElseGet(() -> newSession(ctx, Optional.empty()));
        if (s.account().isPresent()) {
            ctx.redirect("/clues", HttpStatus.SEE_OTHER);
            return;
        }
        WebApp.render(ctx, 200, page(s, ""));
    }

    private void login(Context ctx) {
        Session s = WebApp.expectSession(ctx);  // the CSRF check has found it
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String address = ctx.ip();
        if (throttle.isBlocked(username, address)) {
            LOG.warn("login of {} from {} refused: too many failures", username, address);
            WebApp.render(ctx, 429, page(s, "登录失败次数过多，请稍后再试。"));
            return;
        }
        Optional<Account> account = username.isEmpty() ? Optional.empty()
                : services.accounts().authenticate(username, password.toCharArray());
        if (account.isEmpty()) {
            throttle.failed(username, address);
            LOG.info("failed login of {} from {}", username, address);
            WebApp.render(ctx, 401, page(s, "用户名或密码错误，或账号已停用。"));
            return;
        }
        throttle.succeeded(username, address);
        sessions.end(s.id());
        newSession(ctx, account);
        LOG.info("{} logged in from {}", username, address);
        ctx.redirect("/clues", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        WebApp.session(ctx).ifPresent(s -> sessions.end(s.id()));
        ctx.res().addHeader("Set-Cookie", WebApp.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (config.secureCookies() ? "; Secure" : ""));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private Session newSession(Context ctx, Optional<Account> account) {
        Session s = sessions.create(account);
        ctx.res().addHeader("Set-Cookie", WebApp.COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict"
                + (config.secureCookies() ? "; Secure" : ""));
        ctx.attribute(WebApp.SESSION_ATTR, s);
        return s;
    }

    private static String page(Session s, String error) {
        Html.Tag form = tag("form").id("login").attr("method", "post").attr("action", "/login").add(
                Layout.csrf(s),
                tag("label").attr("for", "username").add("用户名"),
                tag("input").id("username").attr("name", "username").attr("autocomplete", "username")
                        .flag("required", true),
                tag("label").attr("for", "password").add("密码"),
                tag("input").id("password").attr("type", "password").attr("name", "password")
                        .attr("autocomplete", "current-password").flag("required", true),
                tag("button").attr("type", "submit").id("login-button").add("登录"));
        Html.Tag box = tag("div").cls("login");
        if (!error.isEmpty()) {
            box.add(tag("p").id("login-error").cls("error").add(error));
        }
        box.add(form);
        return Layout.page("登录", Optional.empty(), "", box.build());
    }
}
