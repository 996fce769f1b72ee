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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import se.helhet.support.HelhetTest;
import se.helhet.support.SecondNode;
import se.helhet.support.WebSession;

/**
 * Two Helhet servers over one database, as behind any load balancer: the shared test server and a second one
 * beside it. A session, the login throttle and a change of an account hold on both.
 */
@HelhetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private static final String ACCOUNT = "two.nodes";
    private static final String PASSWORD = "a-long-password-2";

    @LocalServerPort
    int first;

    @Autowired
    StaffAdministration administration;

    @Autowired
    AccountRepository accounts;

    private SecondNode second;

    @BeforeAll
    void startASecondServer(@Autowired ApplicationContext shared) {
        second = SecondNode.beside(shared);
        if (administration.staff().stream().noneMatch(s -> s.username().equals(ACCOUNT))) {
            administration.create(new NewStaffMember(ACCOUNT, "Två Servrar", PASSWORD, Set.of(Role.SOCIAL_WORKER),
                    List.of(), false));
        }
    }

    @AfterAll
    void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aSessionBegunOnOneServerGoesOnOnTheOtherAndEndsOnBoth() {
        WebSession onFirst = WebSession.loggedInAs(first, "socsek");
        WebSession onSecond = onFirst.at(second.port());

        var start = onSecond.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Mina ärenden");
        assertThat(onSecond.get("/personer").status()).isEqualTo(200);

        // The CSRF token read on the second server is the session's, so the first one takes the form sent with it.
        assertThat(onSecond.at(first).post("/logout", Map.of()).location()).contains("/login?utloggad");
        assertThat(onSecond.get("/").status()).as("logged out on the other server too").isEqualTo(302);
    }

    @Test
    void wrongPasswordsSpreadOverBothServersLockTheClientOutOfTheAccountOnBoth() {
        int[] servers = {first, second.port(), first, second.port(), first};
        for (int i = 0; i < servers.length; i++) {
            assertThat(basic(servers[i], "wrong-" + i)).as("wrong password %d", i + 1).isEqualTo(401);
        }

        assertThat(basic(second.port(), PASSWORD)).as("the right password, now locked out").isEqualTo(401);
        assertThat(basic(first, PASSWORD)).isEqualTo(401);
        var page = WebSession.anonymousFrom(second.port(), "127.0.0.9").login(ACCOUNT, PASSWORD);
        assertThat(page.location()).contains("/login?error");
    }

    @Test
    void anAccountDisabledThroughOneServerIsSignedOutOnTheOtherAtTheNextClick() {
        UUID id = administration.create(new NewStaffMember("two.nodes.off", "Avstängd Snart", PASSWORD,
                Set.of(Role.SOCIAL_WORKER), List.of(), false));
        WebSession onSecond = WebSession.anonymous(second.port());
        assertThat(onSecond.login("two.nodes.off", PASSWORD).location()).doesNotContain("error");
        assertThat(onSecond.get("/").status()).isEqualTo(200);

        administration.change(id, new StaffChange(Set.of(Role.SOCIAL_WORKER), List.of(), false, false),
                accounts.findByUsername("admin").orElseThrow().user());

        assertThat(onSecond.get("/").status()).isEqualTo(302);
    }

    /** An API call with HTTP Basic from a loopback address of this test's own, standing for one client. */
    private int basic(int port, String password) {
        try {
            var client = HttpClient.newBuilder().localAddress(InetAddress.ofLiteral("127.0.0.9")).build();
            String token = Base64.getEncoder().encodeToString((ACCOUNT + ":" + password).getBytes(UTF_8));
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                            .header("Authorization", "Basic " + token).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
