package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.zaxxer.hikari.HikariDataSource;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * Every connection of the pool taken, as by a slow page under many users: the other requests wait a bounded
 * time for one, then get 503 with Retry-After (problem+json on the API, the Swedish error page on the pages),
 * never 500, and are served again as soon as connections come back.
 */
@HelhetTest
class PoolExhaustionTest {

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource pool;

    @Test
    void aRequestThatFindsNoFreeConnectionGets503WithRetryAfterAndIsServedOnceOneIsBack() throws Exception {
        WebSession working = WebSession.loggedInAs(port, "socsek");
        HttpResponse<String> api;
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
            }
            long asked = System.nanoTime();
            api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("socsek:demo".getBytes()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long waited = (System.nanoTime() - asked) / 1_000_000;

            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).contains("5");
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(waited).as("ms waited for a connection").isBetween(2_500L, 10_000L);
            var page = working.get("/");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Tillfälligt otillgänglig");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }

        assertThat(working.get("/").status()).as("the session outlived the rush").isEqualTo(200);
    }
}
