package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.DatabaseProcesses;
import se.helhet.support.OwnHelhet;
import se.helhet.support.WebSession;

/**
 * Helhet whose database fails: a first start before the users exist, the database away for a while, and
 * its processes killed under concurrent writes. One Helhet of the test's own, since its database is killed;
 * the steps run in order, each leaving Helhet running as it found it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFailureTest {

    private static final int CLIENTS = 4;
    private static final int KILLS = 3;
    private static final int WRITES_BETWEEN_KILLS = 8;
    private static final Duration WRITING_AT_MOST = Duration.ofSeconds(75);

    private OwnHelhet helhet;
    private int port;

    @BeforeAll
    void start() throws Exception {
        helhet = OwnHelhet.startHeld("failure");
        port = helhet.port();
    }

    @AfterAll
    void stop() {
        helhet.close();
        assertThat(DatabaseProcesses.postmaster(helhet.dataDirectory())).as("database left running").isEmpty();
    }

    @Test
    @Order(1)
    void acceptsLoginsOnlyOnceReadySoThatNoFailedLoginCountsBeforeTheUsersExist() throws Exception {
        assertThat(health("liveness")).isEqualTo(200);
        assertThat(health("readiness")).isEqualTo(503);
        assertThat(WebSession.anonymous(port).get("/login").body()).contains("Helhet startar");
        var early = WebSession.anonymous(port).login("socsek", "demo");
        assertThat(early.location()).as("sent back to the login page, not failed").endsWith("/login");
        for (int i = 0; i < 6; i++) {
            var api = Api.as(port, "socsek", "wrong-" + i).get("/api/v1/me");
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
        }

        ready();

        assertThat(health("readiness")).isEqualTo(200);
        assertThat(WebSession.anonymous(port).get("/login").body()).doesNotContain("Helhet startar");
        assertThat(Api.as(port, "socsek").get("/api/v1/me").status()).as("not locked out").isEqualTo(200);
        WebSession.loggedInAs(port, "socsek");
    }

    @Test
    @Order(2)
    void answers503WhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
        ready();
        WebSession working = WebSession.loggedInAs(port, "socsek");
        Path configuration = helhet.dataDirectory().resolve("postgresql.conf");
        Path aside = helhet.dataDirectory().resolve("postgresql.conf.aside");

        DatabaseProcesses.kill(helhet.dataDirectory());
        // Helhet starts its server again at once; without its configuration the server cannot start.
        Files.move(configuration, aside);
        long answered;
        try {
            Instant asked = Instant.now();
            var api = Api.as(port, "mottagning").get("/api/v1/me");
            answered = Duration.between(asked, Instant.now()).toMillis();
            assertThat(api.status()).as("not 401: the password could not be checked").isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.json().get("title").asString()).isEqualTo("Tillfälligt otillgänglig");
            assertThat(answered).as("ms to the answer").isLessThan(15_000);

            assertThat(working.get("/").status()).isEqualTo(503);
            assertThat(working.get("/").body()).contains("Tillfälligt otillgänglig");
            assertThat(working.get("/?lang=en").body()).contains("Temporarily unavailable");
            // A login needs a session, and sessions live in the database: the login page itself says so.
            var login = WebSession.anonymous(port).get("/login");
            assertThat(login.status()).isEqualTo(503);
            assertThat(login.body()).contains("Tillfälligt otillgänglig");
            assertThat(health("readiness")).isEqualTo(503);
            assertThat(health("liveness")).isEqualTo(200);
        } finally {
            Files.move(aside, configuration);
        }

        long recovered = millisUntil(() -> Api.as(port, "mottagning").get("/api/v1/me").status() == 200);
        assertThat(health("readiness")).isEqualTo(200);
        assertThat(working.get("/").status()).as("the session outlived the outage").isEqualTo(200);
        System.out.printf("Database away: 503 after %d ms; serving again %d ms after the database could start%n",
                answered, recovered);
    }

    /**
     * Clients register children over the API while the database's processes are killed with SIGKILL, each
     * time just as a write has been answered 201; Helhet starts the server again each time. Every child
     * answered 201 must be there afterwards, with the access-log row of its registration.
     */
    @Test
    @Order(3)
    void losesNoAcknowledgedWriteWhenTheDatabaseIsKilledUnderConcurrentWrites() throws Exception {
        ready();
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Semaphore answered201 = new Semaphore(0);
        AtomicInteger refused = new AtomicInteger();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> clients = IntStream.range(0, CLIENTS)
                .mapToObj(i -> Thread.ofPlatform().name("writer-" + i).start(() -> {
                    while (writing.get()) {
                        try {
                            var created = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                                    "{'givenName': 'Skrivning', 'familyName': 'Hållbar', 'birthDate': '2016-05-0%d'}", i + 1));
                            switch (created.status()) {
                                case 201 -> {
                                    acknowledged.add(created.json().get("id").asString());
                                    answered201.release();
                                }
                                case 503 -> refused.incrementAndGet();
                                default -> unexpected.add(created.status() + " " + created.body());
                            }
                        } catch (RuntimeException e) {
                            unexpected.add(e.toString());
                        }
                    }
                }))
                .toList();

        int kills = 0;
        Instant end = Instant.now().plus(WRITING_AT_MOST);
        while (kills < KILLS && Instant.now().isBefore(end)) {
            if (answered201.tryAcquire(WRITES_BETWEEN_KILLS, Duration.between(Instant.now(), end).toMillis(),
                    TimeUnit.MILLISECONDS)) {
                DatabaseProcesses.kill(helhet.dataDirectory());
                answered201.drainPermits();
                kills++;
            }
        }
        answered201.tryAcquire(WRITES_BETWEEN_KILLS, Duration.between(Instant.now(), end).toMillis(), TimeUnit.MILLISECONDS);
        writing.set(false);
        for (Thread client : clients) {
            client.join();
        }

        JdbcClient database = JdbcClient.create(ready().getBean(DataSource.class));
        String[] ids = acknowledged.toArray(String[]::new);
        long found = database.sql("select count(*) from person where id::text = any(?)").param(ids)
                .query(Long.class).single();
        long traced = database.sql("""
                select count(distinct record_id) from trace
                where action = 'CREATE' and record_type = 'person' and record_id = any(?)""")
                .param(ids).query(Long.class).single();
        System.out.printf("Durability: %d kills, %d writes acknowledged, %d lost, %d without their trace row,"
                + " %d refused with 503%n", kills, ids.length, ids.length - found, ids.length - traced, refused.get());

        assertThat(found).as("acknowledged writes found").isEqualTo(ids.length);
        assertThat(traced).as("their trace rows found").isEqualTo(ids.length);
        assertThat(kills).isGreaterThanOrEqualTo(2);
        assertThat(unexpected).as("answers other than 201 and 503").isEmpty();
    }

    private ConfigurableApplicationContext ready() throws Exception {
        helhet.goOn();
        return helhet.awaitStarted(Duration.ofMinutes(5));
    }

    private int health(String group) {
        return Api.anonymous(port).get("/actuator/health/" + group).status();
    }

    private static long millisUntil(Supplier<Boolean> condition) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofSeconds(120));
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + Duration.between(start, deadline));
            }
            Thread.sleep(200);
        }
        return Duration.between(start, Instant.now()).toMillis();
    }
}
