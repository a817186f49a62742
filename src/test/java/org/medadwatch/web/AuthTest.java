package org.medadwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medadwatch.WebClient;
import org.medadwatch.clue.ClueStatus;

class AuthTest {
    @TempDir
    Path dir;
    WebFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new WebFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void loginWithTheRightPasswordSetsAStrictHttpOnlyCookieAndOpensTheList() throws Exception {
        WebClient c = new WebClient(f.base);
        HttpResponse<String> login = c.get("/login");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("<form id=\"login\""), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> r = c.post("/login", "_csrf", c.csrf(), "username", "ana", "password", WebFixture.PASSWORD);
        assertEquals(303, r.statusCode());
        assertEquals("/clues", r.headers().firstValue("Location").orElseThrow());
        String newCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertFalse(newCookie.equals(cookie), "logging in makes a new session id");
        assertEquals(200, c.get("/clues").statusCode());
    }

    @Test
    void wrongPasswordIsRefusedAndTheSessionStaysAnonymous() throws Exception {
        WebClient c = new WebClient(f.base);
        HttpResponse<String> r = c.login("ana", "wrong-password");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("用户名或密码错误"));
        assertEquals(303, c.get("/clues").statusCode());
    }

    @Test
    void fiveFailuresBlockTheNameFromThatAddressWith429EvenWithTheRightPassword() throws Exception {
        WebClient c = new WebClient(f.base);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, c.login("sup", "wrong-" + i).statusCode());
        }
        assertEquals(429, c.login("sup", WebFixture.PASSWORD).statusCode());
        // another name is not blocked
        assertEquals(303, c.login("ana", WebFixture.PASSWORD).statusCode());
    }

    @Test
    void withoutASessionPagesRedirectToLoginAndPostsAreRefused() throws Exception {
        WebClient c = new WebClient(f.base);
        for (String path : new String[] {"/clues", "/clues/" + f.clueOf(WebFixture.PLAIN_URL), "/search?q=根治", "/users"}) {
            HttpResponse<String> r = c.get(path);
            assertEquals(303, r.statusCode(), path);
            assertEquals("/login", r.headers().firstValue("Location").orElseThrow(), path);
        }
        String n = f.clueOf(WebFixture.PLAIN_URL);
        assertEquals(403, c.post("/clues/" + n + "/confirm", "_csrf", "anything").statusCode());
        assertEquals(ClueStatus.NEW, f.store.clues().expect(n).status());
    }

    @Test
    void postWithoutOrWithAWrongCsrfTokenIs403AndChangesNothing() throws Exception {
        WebClient c = f.loggedIn("ana");
        String n = f.clueOf(WebFixture.PLAIN_URL);
        HttpResponse<String> none = c.post("/clues/" + n + "/confirm");
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("CSRF"), none.body());
        assertEquals(403, c.post("/clues/" + n + "/confirm", "_csrf", c.csrf() + "x").statusCode());
        assertEquals(403, c.post("/clues/bulk", "numbers", n, "action", "confirm").statusCode());
        assertEquals(ClueStatus.NEW, f.store.clues().expect(n).status());
        assertEquals(1, f.store.clues().events(n).size(), "only the scan's own event");
    }

    @Test
    void rolesAreEnforcedOnRoutes() throws Exception {
        WebClient analyst = f.loggedIn("ana");
        assertEquals(403, analyst.get("/users").statusCode());
        assertEquals(403, analyst.post("/users", "_csrf", analyst.csrf(), "username", "eve", "password", "long-enough-1",
                "role", "admin").statusCode());
        assertTrue(f.store.accounts().find("eve").isEmpty());
        WebClient admin = f.loggedIn("adm");
        assertEquals(200, admin.get("/users").statusCode());
        assertEquals(303, admin.post("/users", "_csrf", admin.csrf(), "username", "eve", "password", "long-enough-1",
                "role", "analyst").statusCode());
        assertTrue(f.store.accounts().find("eve").isPresent());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        WebClient c = f.loggedIn("ana");
        assertEquals(303, c.post("/logout", "_csrf", c.csrf()).statusCode());
        assertEquals(303, c.get("/clues").statusCode());
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        f.store.accounts().setDisabled("ana", true);
        assertEquals(401, new WebClient(f.base).login("ana", WebFixture.PASSWORD).statusCode());
    }
}
