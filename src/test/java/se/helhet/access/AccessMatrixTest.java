package se.helhet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pages;

    private final Map<String, WebSession> sessions = new HashMap<>();

    @Test
    void everyRoleInEveryUnitGetsWhatItMayReadAndEveryReadIsTraced() {
        List<AccessRow> rows = AccessTable.rows(MatrixCase.open(port));
        assertThat(uncovered(rows)).as("GET operations with a path variable that the access matrix does not cover")
                .isEmpty();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int leaks = 0;
        int personalReads = 0;
        int traced = 0;
        for (AccessRow row : rows) {
            for (String user : AccessTable.USERS) {
                cells++;
                long before = traceRows(jdbc, user);
                int status = row.page() ? page(user).get(row.path()).status() : Api.as(port, user).get(row.path()).status();
                long added = traceRows(jdbc, user) - before;
                int expected = row.expected().get(user);
                if (status != expected) {
                    wrong.add("%s %s as %s: %d, expected %d".formatted(row.kind(), row.path(), user, status, expected));
                    if (status / 100 == 2 && expected / 100 != 2) {
                        leaks++;
                    }
                }
                if (row.personal() && status / 100 == 2) {
                    personalReads++;
                    if (added > 0) {
                        traced++;
                    } else {
                        wrong.add("%s %s as %s: read without a trace row".formatted(row.kind(), row.path(), user));
                    }
                    if (added > row.rowsPerRead()) {
                        wrong.add("%s %s as %s: %d trace rows for one read, at most %d expected".formatted(
                                row.kind(), row.path(), user, added, row.rowsPerRead()));
                    }
                }
            }
        }
        System.out.printf("Access matrix: %d rows × %d users = %d cells, %d wrong, %d leaks; "
                        + "personal-data reads traced: %d of %d%n", rows.size(), AccessTable.USERS.size(), cells,
                wrong.size(), leaks, traced, personalReads);
        assertThat(wrong).isEmpty();
        assertThat(traced).isEqualTo(personalReads).isPositive();
    }

    private static long traceRows(JdbcTemplate jdbc, String user) {
        return jdbc.queryForObject("select count(*) from trace where username = ?", Long.class, user);
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
