package se.helhet.access;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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

    private static final String ACCOUNT = "throttle.test";
    private static final String PASSWORD = "a-long-password-1";

    @Test
    void aClientIsLockedOutOfAnAccountAfterRepeatedWrongPasswordsEvenWithTheRightOne() {
        account();
        assertThat(basic("127.0.0.2", ACCOUNT, PASSWORD)).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(basic("127.0.0.2", ACCOUNT, "wrong-" + i)).isEqualTo(401);
        }

        assertThat(basic("127.0.0.2", ACCOUNT, PASSWORD)).isEqualTo(401);
    }

    @Test
    void aLockOutFromOneClientLeavesTheAccountOpenToOtherClients() {
        account();
        for (int i = 0; i < 8; i++) {
            basic("127.0.0.3", ACCOUNT, "wrong-" + i);
        }
        assertThat(basic("127.0.0.3", ACCOUNT, PASSWORD)).isEqualTo(401);

        assertThat(basic("127.0.0.4", ACCOUNT, PASSWORD)).isEqualTo(200);
        var page = WebSession.anonymousFrom(port, "127.0.0.5").login(ACCOUNT, PASSWORD);
        assertThat(page.location()).doesNotContain("error");
    }

    @Test
    void aLockedOutClientIsToldInSwedishOrEnglishHowLongToWait() {
        account();
        var session = WebSession.anonymousFrom(port, "127.0.0.6");
        for (int i = 0; i < 5; i++) {
            session.login(ACCOUNT, "wrong-" + i);
        }

        assertThat(session.login(ACCOUNT, PASSWORD).location()).contains("/login?error");
        assertThat(session.get("/login?error").body())
                .contains("För många misslyckade inloggningar", "minut");
        assertThat(session.get("/login?error&lang=en").body())
                .contains("Too many failed logins", "minute");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theAdministratorSeesLockOutsOnTheUsersPageAndTheServerLogNamesNobody(CapturedOutput log) {
        account();
        for (int i = 0; i < 5; i++) {
            basic("127.0.0.7", ACCOUNT, "wrong-" + i);
        }

        assertThat(log.getAll()).contains("Login locked out").doesNotContain(ACCOUNT, "127.0.0.7");

        String page = WebSession.loggedInAs(port, "admin").get("/admin/anvandare").body();

        String lockouts = page.substring(page.indexOf("id=\"lockouts-h\""));
        assertThat(lockouts).contains("<code>" + ACCOUNT + "</code>", "127.0.0.7");
    }

    /** One account for every test here: each test is its own client, so their lock-outs stay apart. */
    private void account() {
        if (administration.staff().stream().noneMatch(s -> s.username().equals(ACCOUNT))) {
            administration.create(new NewStaffMember(ACCOUNT, "Spärr Test", PASSWORD,
                    Set.of(Role.SOCIAL_WORKER), List.of(), false));
        }
    }

    /** An API call with HTTP Basic from one loopback address, standing for one client. */
    private int basic(String from, String username, String password) {
        try {
            var client = HttpClient.newBuilder().localAddress(InetAddress.ofLiteral(from)).build();
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(UTF_8));
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                            .header("Authorization", "Basic " + token).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("style-src 'self';").doesNotContain("unsafe-inline");
    }

    /** The API's documentation draws with style attributes: let in there, and there only. */
    @Test
    void theApiDocumentationPageMayStyleInlineAndTheIconIsServed() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var docs = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/swagger-ui/index.html")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var icon = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/favicon.ico")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        for (String asset : new String[] {"/swagger-ui/swagger-ui.css", "/swagger-ui/swagger-ui-bundle.js",
                "/swagger-ui/swagger-initializer.js"}) {
            var served = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + asset)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void onlyAdministratorsReachTheAdministration() {
        assertThat(WebSession.loggedInAs(port, "chef").get("/admin/anvandare").status()).isEqualTo(403);
        var admin = WebSession.loggedInAs(port, "admin");
        assertThat(admin.get("/admin/anvandare").body()).contains("<code>socsek</code>", "Mottagningen");
    }
}
