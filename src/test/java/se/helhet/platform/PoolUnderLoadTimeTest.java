package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.zaxxer.hikari.HikariDataSource;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * 32 users at once on the slowest page (the indicators, /uppfoljning) for a while, each asking again as soon as
 * it has its answer: every answer is 200 or 503 (with Retry-After), never another 5xx. A benchmark: it prints
 * the answers counted and the times, to be read with the machine's load; run it with {@code ./helhet test
 * -Dbenchmarks -Dtest=PoolUnderLoadTimeTest}.
 */
@HelhetTest
@Tag("benchmark")
class PoolUnderLoadTimeTest {

    private static final int USERS = 32;
    private static final Duration FOR = Duration.ofSeconds(40);

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource pool;

    @Test
    void thirtyTwoUsersOnTheSlowestPageGetItOrA503NeverAnotherServerError() throws Exception {
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        var times = new java.util.concurrent.ConcurrentLinkedQueue<Double>();
        Instant until = Instant.now().plus(FOR);
        try (var users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < USERS; u++) {
                users.submit(() -> {
                    WebSession analyst = WebSession.loggedInAs(port, "analytiker");
                    while (Instant.now().isBefore(until)) {
                        long start = System.nanoTime();
                        int status = analyst.get("/uppfoljning").status();
                        times.add((System.nanoTime() - start) / 1e6);
                        answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%d users on /uppfoljning for %d s, pool of %d: answers %s; p50 %.0f ms, p95 %.0f ms, "
                        + "p99 %.0f ms; load %s%n", USERS, FOR.toSeconds(), pool.getMaximumPoolSize(),
                new TreeMap<>(Map.copyOf(answers)), sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)],
                sorted[(int) (sorted.length * 0.99)],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(answers.keySet()).allMatch(status -> status < 500 || status == 503);
        assertThat(answers).containsKey(200);
    }
}
