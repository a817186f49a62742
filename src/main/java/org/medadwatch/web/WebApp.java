package org.medadwatch.web;

import static org.medadwatch.web.Html.tag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review web UI: built from its services and handed out unstarted, so that {@code serve}
 * starts it on its port and a test on a random loopback port.
 *
 * <pre>{@code
 * Javalin app = WebApp.create(WebConfig.defaults(), services).start("127.0.0.1", 0);
 * }</pre>
 *
 * <p>Every request: the session is looked up from its cookie; the security headers are set (CSP
 * without inline script, no framing, nosniff); a POST without the session's CSRF token is refused
 * (403) before any handler runs. Every route but the login page and static files names the least
 * role it needs; no session sends a GET to the login page and refuses anything else. One
 * exception mapper renders errors.
 */
public final class WebApp {
    static final String COOKIE = "mw_session";
    static final String CSRF_FIELD = "_csrf";
    static final String SESSION_ATTR = "mw.session";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {
    }

    public static Javalin create(WebConfig config, Services services) {
        SessionStore sessions = new SessionStore(services.store().sessions(), services.accounts(), services.clock(),
                config.sessionIdle());
        LoginThrottle throttle = new LoginThrottle(services.clock(), config.loginFailures(), config.loginWindow());
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = 1_000_000L;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/org/medadwatch/web/static";
                sf.location = Location.CLASSPATH;
            });
        });

        app.before(ctx -> {
            securityHeaders(ctx);
            Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
            session.ifPresent(s -> ctx.attribute(SESSION_ATTR, s));
            if (ctx.method() == HandlerType.POST) {
                String token = ctx.formParam(CSRF_FIELD);
                if (session.isEmpty() || !SessionStore.tokenMatches(session.get(), token)) {
                    throw new WebException(403, "请求被拒绝",
                            "安全令牌（CSRF）缺失或无效：页面可能已过期，或会话已结束。请返回、刷新页面后重试。");
                }
            }
        });
        app.beforeMatched(ctx -> {
            Set<RouteRole> roles = ctx.routeRoles();
            if (roles.isEmpty()) {
                return;  // public: login page, static files
            }
            Optional<Account> account = session(ctx).flatMap(Session::account);
            if (account.isEmpty()) {
                throw new NotLoggedIn();
            }
            Role least = roles.stream().map(r -> (Role) r).min(Comparator.naturalOrder()).orElseThrow();
            if (!account.get().role().includes(least)) {
                throw WebException.forbidden("此操作需要“" + least.chineseName() + "”或更高权限。");
            }
        });

        new AuthController(config, services, sessions, throttle).routes(app);
        new ClueController(services).routes(app);
        new ClueDetailController(services).routes(app);
        new ArchiveController(services).routes(app);
        new UserController(services, sessions).routes(app);
        new DispatchController(services).routes(app);
        new OverdueController(config, services).routes(app);
        new StatsController(services).routes(app);
        app.get("/", ctx -> ctx.redirect("/clues"), Role.ANALYST);

        app.exception(NotLoggedIn.class, (e, ctx) -> {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
            } else {
                render(ctx, 403, Layout.page("请先登录", Optional.empty(), "",
                        tag("p").add("会话已结束，请", tag("a").attr("href", "/login").add("重新登录"), "。").build()));
            }
        });
        app.exception(WebException.class, (e, ctx) -> error(ctx, e.status(), e.title(), e.getMessage()));
        // services say what is wrong with a request in these two; the message names the clue
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "请求有误", e.getMessage()));
        app.exception(IllegalStateException.class, (e, ctx) -> error(ctx, 409, "无法执行", e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "服务器错误", "处理请求时出错，详情见服务日志。");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "未找到", "没有这个页面。");
            }
        });
        app.error(405, ctx -> error(ctx, 405, "方法不允许", "此地址不接受该请求方式。"));
        return app;
    }

    static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTR));
    }

    static Session expectSession(Context ctx) {
        return session(ctx).orElseThrow(NotLoggedIn::new);
    }

    static Account account(Context ctx) {
        return expectSession(ctx).account().orElseThrow(NotLoggedIn::new);
    }

    static void render(Context ctx, int status, String html) {
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html.getBytes(StandardCharsets.UTF_8));
    }

    static void render(Context ctx, String title, String active, Html body) {
        render(ctx, 200, Layout.page(title, session(ctx), active, body));
    }

    private static void error(Context ctx, int status, String title, String message) {
        securityHeaders(ctx);
        render(ctx, status, Layout.page(title, session(ctx), "", tag("div").id("error").cls("error").add(
                tag("p").add(message),
                tag("p").add(tag("a").attr("href", "/clues").add("返回线索列表"))).build()));
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    /** No logged-in session on a route that needs one. */
    static final class NotLoggedIn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotLoggedIn() {
            super("not logged in", null, false, false);
        }
    }
}
