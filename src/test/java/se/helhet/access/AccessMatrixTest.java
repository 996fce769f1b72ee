package se.helhet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * Who gets what, as a table: each record kind read through the API and the pages by each role in each kind of
 * unit, with the answer expected. A successful read of personal data must add its rows to the trace. Every GET
 * with a path variable, from the OpenAPI document and the page mappings, must be in the table: a new endpoint
 * fails this test until it is given its row.
 */
@HelhetTest
class AccessMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pages;

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

    @Test
    void everyRoleInEveryUnitGetsWhatItMayReadAndEveryReadIsTraced() {
        MatrixCase matrixCase = MatrixCase.open(port);
        List<AccessRow> rows = new ArrayList<>(AccessTable.rows(matrixCase));
        rows.addAll(FamilyWorkRows.rows(port, context, matrixCase));
        assertThat(uncovered(rows)).as("GET operations with a path variable that the access matrix does not cover")
                .isEmpty();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Tally> tallies;
        try (var users = Executors.newFixedThreadPool(AccessTable.USERS.size())) {
            tallies = users.invokeAll(AccessTable.USERS.stream()
                            .map(user -> (Callable<Tally>) () -> readAll(rows, user, jdbc)).toList())
                    .stream().map(AccessMatrixTest::done).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> wrong = tallies.stream().flatMap(t -> t.wrong().stream()).toList();
        int leaks = tallies.stream().mapToInt(Tally::leaks).sum();
        int reads = tallies.stream().mapToInt(Tally::personalReads).sum();
        int traced = tallies.stream().mapToInt(Tally::traced).sum();
        System.out.printf("Access matrix: %d rows × %d users = %d cells, %d wrong, %d leaks; "
                        + "personal-data reads traced: %d of %d%n", rows.size(), AccessTable.USERS.size(),
                rows.size() * AccessTable.USERS.size(), wrong.size(), leaks, traced, reads);
        assertThat(wrong).isEmpty();
        assertThat(traced).isEqualTo(reads).isPositive();
        // The log review names the kind of every row: each kind the reads left in the trace has its name in both
        // languages.
        assertThat(jdbc.queryForList("select distinct record_type from trace order by 1", String.class))
                .as("kinds of record in the trace that the log review has no name for")
                .filteredOn(type -> !RECORD_NAMES_SV.containsKey("trace.record." + type)
                        || !RECORD_NAMES_EN.containsKey("trace.record." + type))
                .isEmpty();
    }

    private static final java.util.Properties RECORD_NAMES_SV = bundle("/messages.properties");
    private static final java.util.Properties RECORD_NAMES_EN = bundle("/messages_en.properties");

    private static java.util.Properties bundle(String resource) {
        var properties = new java.util.Properties();
        try (var in = AccessMatrixTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    /** What one user's reads came to: the cells that answered otherwise than the table, and the trace's count. */
    record Tally(List<String> wrong, int leaks, int personalReads, int traced) {
    }

    /** One user reads every row in turn; the users read side by side, each counting only their own trace rows. */
    private Tally readAll(List<AccessRow> rows, String user, JdbcTemplate jdbc) {
        List<String> wrong = new ArrayList<>();
        int leaks = 0;
        int reads = 0;
        int traced = 0;
        for (AccessRow row : rows) {
            long before = lastTraceRow(jdbc);
            int status = row.page() ? page(user).get(row.path()).status() : Api.as(port, user).get(row.path()).status();
            int expected = row.expected().get(user);
            if (status != expected) {
                wrong.add("%s %s as %s: %d, expected %d".formatted(row.kind(), row.path(), user, status, expected));
                leaks += status / 100 == 2 ? 1 : 0;
            }
            if (row.personal() && status / 100 == 2) {
                reads++;
                if (traceRowsSince(jdbc, before, user) > 0) {
                    traced++;
                } else {
                    wrong.add("%s %s as %s: read without a trace row".formatted(row.kind(), row.path(), user));
                }
                twiceTraced(jdbc, before, user).forEach(twice -> wrong.add("%s %s as %s: %s traced twice"
                        .formatted(row.kind(), row.path(), user, twice)));
            }
        }
        return new Tally(wrong, leaks, reads, traced);
    }

    private static Tally done(Future<Tally> tally) {
        try {
            return tally.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long lastTraceRow(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from trace", Long.class);
    }

    private static long traceRowsSince(JdbcTemplate jdbc, long last, String user) {
        return jdbc.queryForObject("select count(*) from trace where id > ? and username = ?", Long.class, last, user);
    }

    /** One read writes one row per person and record: a second row for the same is a duplicate. */
    private static List<String> twiceTraced(JdbcTemplate jdbc, long last, String user) {
        return jdbc.queryForList("""
                select record_type || ' ' || record_id || ' of ' || coalesce(person_ref, '?') from trace
                where id > ? and username = ? group by action, record_type, record_id, person_ref
                having count(*) > 1""", String.class, last, user);
    }

    private WebSession page(String user) {
        return sessions.computeIfAbsent(user, u -> WebSession.loggedInAs(port, u));
    }

    /** The GET operations with a path variable, from the API's OpenAPI document and the pages' mappings. */
    private Set<String> uncovered(List<AccessRow> rows) {
        Set<String> all = new TreeSet<>();
        var paths = Api.as(port, "admin").get("/v3/api-docs").json().get("paths");
        for (String path : paths.propertyNames()) {
            if (path.contains("{") && paths.get(path).has("get")) {
                all.add(path);
            }
        }
        pages.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (get) {
                info.getPatternValues().stream().filter(p -> p.contains("{") && !p.startsWith("/api/"))
                        .filter(p -> !p.startsWith("${") && !p.startsWith("/error")).forEach(all::add);
            }
        });
        all.removeAll(rows.stream().map(AccessRow::template).collect(Collectors.toSet()));
        return all;
    }
}
