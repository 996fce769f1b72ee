package se.helhet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class LoginTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAdministration administration;

    @Test
    void accountIsLockedAfterRepeatedWrongPasswordsEvenForTheRightOne() {
        administration.create(new NewStaffMember("throttle.test", "Spärr Test", "a-long-password-1",
                Set.of(Role.SOCIAL_WORKER), List.of(), false));
        assertThat(Api.as(port, "throttle.test", "a-long-password-1").get("/api/v1/persons?q=x").status())
                .isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(port, "throttle.test", "wrong-" + i).get("/api/v1/persons?q=x").status()).isEqualTo(401);
        }

        assertThat(Api.as(port, "throttle.test", "a-long-password-1").get("/api/v1/persons?q=x").status())
                .isEqualTo(401);
    }

    @Test
    void pagesRequireLoginAndFormLoginLeadsToTheStartPage() {
        var anonymous = WebSession.anonymous(port);
        assertThat(anonymous.get("/personer").status()).isEqualTo(302);

        var login = anonymous.login("socsek", "demo");

        assertThat(login.location()).endsWith("/");
        assertThat(anonymous.get("/").body()).contains("Mina ärenden");
    }

    @Test
    void wrongPasswordShowsAClearMessageOnTheLoginPage() {
        var session = WebSession.anonymous(port);
        var failed = session.login("socsek", "not-the-password");

        assertThat(failed.location()).contains("/login?error");
        assertThat(session.get("/login?error").body()).contains("Fel användarnamn eller lösenord");
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void onlyAdministratorsReachTheAdministration() {
        assertThat(WebSession.loggedInAs(port, "chef").get("/admin/anvandare").status()).isEqualTo(403);
        var admin = WebSession.loggedInAs(port, "admin");
        assertThat(admin.get("/admin/anvandare").body()).contains("<code>socsek</code>", "Mottagningen");
    }
}
