package se.helhet.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import se.helhet.platform.Chains;

/**
 * Fills an empty demo database on the first start, in one transaction: a crash half-way leaves nothing, and
 * the next start simply tries again. Never runs in production mode, nor once there is any user.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final DataSource owner;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Chains chains;
    private final long seed;
    private final long children;
    private final long nationalReports;

    DemoDataLoader(DataSource dataSource, @FlywayDataSource DataSource owner, PasswordEncoder passwordEncoder,
                   Clock clock, Chains chains,
                   @Value("${helhet.demo.seed:20261123}") long seed,
                   @Value("${helhet.demo.children:7000}") long children,
                   @Value("${helhet.demo.national-reports:0}") long nationalReports) {
        this.dataSource = dataSource;
        this.owner = owner;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.chains = chains;
        this.seed = seed;
        this.children = children;
        this.nationalReports = nationalReports;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (hasUsers(connection)) {
                return;
            }
            long start = System.nanoTime();
            // Hashed once: a deliberately slow hash per user would cost seconds for nothing.
            String passwordHash = passwordEncoder.encode("demo");
            DemoData.Counts counts;
            PostgresCopy copy;
            long written;
            long linked;
            long analysed;
            long projected;
            connection.setAutoCommit(false);
            try {
                copy = new PostgresCopy(connection);
                counts = new DemoData(seed, children, nationalReports, clock).write(passwordHash, copy);
                continueReserveNumbers(connection, counts.lastReserveSequence());
                written = System.nanoTime();
                chains.linkLoadedDemoData(connection);
                linked = System.nanoTime();
                // Statistics of the rows just written, before the projection is counted from them, planned as the
                // tables now are.
                try (var statistics = connection.createStatement()) {
                    statistics.execute("select refresh_statistics()");
                }
                analysed = System.nanoTime();
                // The history touched every person: the indicator projection is rebuilt from its views in one
                // statement per table, and the commit's refresh a child at a time finds none left to do.
                try (var projection = connection.createStatement()) {
                    projection.execute("select indicator_rebuild_all()");
                }
                projected = System.nanoTime();
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            long committed = System.nanoTime();
            vacuum();
            long vacuumed = System.nanoTime();
            long millis = (committed - start) / 1_000_000;
            long copyMillis = copy.copyNanos() / 1_000_000;
            log.info("Demodata skapad: {} barn, {} vuxna, {} användare på {} ms, varav COPY {} ms ({} %)",
                    PostgresCopy.grouped(counts.children()), PostgresCopy.grouped(counts.adults()),
                    counts.users(), PostgresCopy.grouped(millis), PostgresCopy.grouped(copyMillis),
                    millis == 0 ? 100 : copyMillis * 100 / millis);
            // Generating and sending the history; its share of the time above.
            long historyMillis = (counts.cases().nanos + copy.caseHistoryNanos()) / 1_000_000;
            log.info("Ärendehistorik: {} på {} ms", counts.cases(), PostgresCopy.grouped(historyMillis));
            // What follows the rows: the hash chains, the statistics, the indicator projection's rebuild, and the
            // commit, where the projection's deferred trigger fires once for every child the history touched.
            log.info("Demodata efter raderna: kedjor {} ms, statistik {} ms, indikatorernas projektion {} ms, "
                            + "commit {} ms, vacuum {} ms",
                    PostgresCopy.grouped((linked - written) / 1_000_000),
                    PostgresCopy.grouped((analysed - linked) / 1_000_000),
                    PostgresCopy.grouped((projected - analysed) / 1_000_000),
                    PostgresCopy.grouped((committed - projected) / 1_000_000),
                    PostgresCopy.grouped((vacuumed - committed) / 1_000_000));
        }
    }

    /**
     * Marks the persons' loaded pages all-visible, as the tables' owner (only an owner may vacuum). Until a table's
     * pages are, PostgreSQL reads every index entry's row too and plans no index-only scan: at national size the name
     * search counted a word's matches in 45 ms instead of 3 until autovacuum came by, many minutes after the start.
     * The person search is what reads index entries alone; the other tables are left to autovacuum, so that the
     * city set's start does not wait for all of them. The name parts' counts were updated once per statement that
     * loaded persons, each leaving the row it replaced.
     */
    private void vacuum() throws SQLException {
        try (Connection connection = owner.getConnection(); var statement = connection.createStatement()) {
            statement.execute("vacuum person, person_name_part, person_unit, name_part_word");
        }
    }

    private static boolean hasUsers(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select exists (select 1 from app_user)");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /** Moves reserve_number_seq past the last reserve number used, so later ones never collide. */
    private static void continueReserveNumbers(Connection connection, long lastUsed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select setval('reserve_number_seq', greatest(?, 1), ? > 0)")) {
            statement.setLong(1, lastUsed);
            statement.setLong(2, lastUsed);
            statement.executeQuery().close();
        }
    }
}
