package se.helhet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/** API tokens for integrations, issued and revoked by the administrator on the pages, used over HTTP. */
@HelhetTest
class ApiClientTest {

    private static final Pattern TOKEN = Pattern.compile("<code id=\"issued-token\">([^<]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    StaffAdministration administration;

    @Autowired
    ApiClients clients;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIssuedOnThePageWorksForItsScopeOnlyAndEveryCallIsTracedUnderTheClient() {
        WebSession admin = WebSession.loggedInAs(port, "admin");
        admin.get("/admin/api-klienter");
        var issued = admin.post("/admin/api-klienter", Map.of("name", "E-tjänsten för orosanmälan",
                "scopes", "REPORTS_READ", "unitIds", intakeUnit().toString(), "expiresOn", "2099-01-01"));
        assertThat(issued.status()).as("a year ahead at most").isEqualTo(200);
        assertThat(issued.body()).doesNotContain("issued-token");

        var page = admin.post("/admin/api-klienter", Map.of("name", "E-tjänsten för orosanmälan",
                "scopes", "REPORTS_READ", "unitIds", intakeUnit().toString(),
                "expiresOn", java.time.LocalDate.now().plusMonths(3).toString()));
        String token = token(page.body());
        assertThat(admin.get("/admin/api-klienter").body()).as("shown once").doesNotContain(token);

        var me = Api.withToken(port, token).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        String username = me.json().get("username").asString();
        assertThat(username).startsWith("api.e-tjansten-for-orosanmalan.");
        assertThat(Api.withToken(port, token).get("/api/v1/worklists/intake").status()).isEqualTo(200);

        var outside = Api.withToken(port, token).get("/api/v1/indicators");
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(Api.withToken(port, token).post("/api/v1/reports", "{}").status()).isEqualTo(403);

        assertThat(jdbc.sql("select channel from trace where username = :u and record_type = 'api_call' order by id")
                .param("u", username).query(String.class).list())
                .containsExactly("GET /api/v1/me", "GET /api/v1/worklists/intake", "GET /api/v1/indicators",
                        "POST /api/v1/reports");
        assertThat(jdbc.sql("select count(*) from trace where username = :u and person_id is not null")
                .param("u", username).query(Long.class).single()).as("the children on the worklist").isPositive();
    }

    @Test
    void aRevokedTokenIsRefusedAtItsNextCall() {
        WebSession admin = WebSession.loggedInAs(port, "admin");
        admin.get("/admin/api-klienter");
        String token = token(admin.post("/admin/api-klienter", Map.of("name", "Uppföljningsrapporten",
                "scopes", "INDICATORS_READ", "expiresOn", java.time.LocalDate.now().plusDays(30).toString())).body());
        assertThat(Api.withToken(port, token).get("/api/v1/me").status()).isEqualTo(200);
        UUID id = clients.all().stream().filter(c -> c.name().equals("Uppföljningsrapporten")).findFirst()
                .orElseThrow().id();

        admin.get("/admin/api-klienter");
        assertThat(admin.post("/admin/api-klienter/" + id + "/aterkalla", Map.of()).status()).isEqualTo(302);

        var refused = Api.withToken(port, token).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(admin.get("/admin/api-klienter").body()).contains("Återkallad");
    }

    @Test
    void anExpiredTokenIsRefusedAndAnUnknownOneToo() throws InterruptedException {
        CurrentUser admin = accounts.findByUsername("admin").orElseThrow().user();
        Instant expires = Instant.now().plus(Duration.ofSeconds(2));
        String token = clients.issue("Kortlivad", Set.of(ApiScope.INDICATORS_READ), List.of(), expires, admin).token();
        assertThat(Api.withToken(port, token).get("/api/v1/me").status()).isEqualTo(200);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expires).toMillis()) + 200);

        assertThat(Api.withToken(port, token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.withToken(port, "hlt_" + "A".repeat(43)).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theClientsAccountCannotLogInAndIsNoMemberOfStaff() {
        CurrentUser admin = accounts.findByUsername("admin").orElseThrow().user();
        clients.issue("Arkivet", Set.of(ApiScope.MATTERS_READ), List.of(), Instant.now().plus(Duration.ofDays(1)),
                admin);
        String username = clients.all().stream().filter(c -> c.name().equals("Arkivet")).findFirst().orElseThrow()
                .username();

        assertThat(Api.as(port, username, "").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(administration.staff()).noneMatch(s -> s.username().equals(username));
    }

    private UUID intakeUnit() {
        return administration.units().stream().filter(u -> u.kind() == UnitKind.INTAKE).findFirst().orElseThrow().id();
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the token on the page").isTrue();
        return m.group(1);
    }
}
