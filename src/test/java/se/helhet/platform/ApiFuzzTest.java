package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.OwnHelhet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the OpenAPI document, sent malformed as every kind of user: wrong JSON types, missing
 * and extra fields, huge and odd strings, edge dates, bad UUIDs, wrong content types. Helhet never answers
 * 5xx, every 4xx is problem+json, and a body refused for one field of the wrong type names that field. A
 * Helhet of its own takes the writes, so the shared demo data stays as other tests expect it. The seed
 * ({@code -Dfuzz.seed=N}) makes a failure reproducible; the figures are printed.
 */
class ApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261204L);
    private static final int PER_OPERATION = Integer.getInteger("fuzz.perOperation", 50);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static OwnHelhet helhet;

    @BeforeAll
    static void start() throws Exception {
        helhet = OwnHelhet.startHeld("fuzz");
        helhet.goOn();
        var context = helhet.awaitStarted(Duration.ofMinutes(5));
        // Every API request checks the password; at the production work factor that check, not Helhet, would
        // be most of what the fuzzer measures and waits for.
        JdbcClient.create(context.getBean(DataSource.class)).sql("update app_user set password_hash = :hash")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo")).update();
    }

    @AfterAll
    static void stop() {
        if (helhet != null) {
            helhet.close();
        }
    }

    @Test
    void noOperationAnswers5xxAndEvery4xxIsAProblemNamingTheFieldAtFault() throws Exception {
        int port = helhet.port();
        JsonNode document = Api.as(port, "mottagning").get("/v3/api-docs").json();
        FuzzCases cases = new FuzzCases(document, existingRecords(port), SEED);
        List<FuzzCases.Case> all = cases.all(PER_OPERATION);

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger notProblems = new AtomicInteger();
        AtomicInteger fieldNotNamed = new AtomicInteger();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (FuzzCases.Case c : all) {
                pool.submit(() -> {
                    HttpResponse<String> r;
                    try {
                        r = send(port, c);
                    } catch (Exception e) {
                        // No answer at all (refused, reset, timed out) is a failure, never a request not counted.
                        failures.add("no answer " + c + ": " + e);
                        return null;
                    }
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    if (r.statusCode() >= 500) {
                        serverErrors.incrementAndGet();
                        failures.add(r.statusCode() + " " + c + " -> " + abbreviate(r.body()));
                    } else if (r.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                        notProblems.incrementAndGet();
                        failures.add(r.statusCode() + " not a problem (" + type + ") " + c);
                    } else if (r.statusCode() == 400 && c.brokenField() != null && !names(r.body(), c)) {
                        fieldNotNamed.incrementAndGet();
                        failures.add("400 without field " + c.brokenField() + " " + c + " -> " + abbreviate(r.body()));
                    }
                    return null;
                });
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("API fuzz (seed %d): %d operations, %d requests in %d s, 5xx: %d, non-problem 4xx: %d,"
                        + " 400 not naming the broken field: %d%n", SEED, cases.operations().size(), all.size(), seconds,
                serverErrors.get(), notProblems.get(), fieldNotNamed.get());
        failures.stream().limit(40).forEach(System.out::println);

        assertThat(all.size()).isGreaterThan(2_000);
        assertThat(failures).isEmpty();
    }

    /** Records that exist, so that many requests get past "not found" into the checks of their input. */
    private static Map<String, String> existingRecords(int port) {
        Map<String, String> ids = new HashMap<>();
        String child = Children.aChild(port, 9, "Fuzz");
        ids.put("persons", child);
        ids.put("childId", child);
        ids.put("personId", child);
        var report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'APPLICATION', 'receivedAt': '2026-11-23T09:40', 'reporterCategory': 'GUARDIAN',
                 'anonymous': false, 'reporterName': 'Fuzz', 'childIds': ['%s'], 'concernReasons': ['NEGLECT'],
                 'description': 'Ansökan om stöd.'}""", child));
        if (report.status() == 201) {
            ids.put("reports", report.json().get("id").asString());
            String matter = report.json().get("children").get(0).get("matterId").asString();
            ids.put("matters", matter);
            ids.put("matterId", matter);
            var investigations = Api.as(port, "mottagning").get("/api/v1/matters/" + matter + "/investigations");
            if (investigations.status() == 200 && investigations.json().size() > 0) {
                ids.put("investigations", investigations.json().get(0).get("id").asString());
            }
        }
        return ids;
    }

    private static HttpResponse<String> send(int port, FuzzCases.Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((c.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (c.contentType() != null && !c.contentType().isEmpty()) {
            request.header("Content-Type", c.contentType());
        }
        var body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body());
        request.method(c.method(), body);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The problem names the broken field, or one of the parameters the fuzzer made up a value for. */
    private static boolean names(String body, FuzzCases.Case c) {
        String field = c.brokenField();
        for (JsonNode error : JSON.readTree(body).path("errors")) {
            String named = error.path("field").asString();
            if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")
                    || c.parameters().contains(named)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
