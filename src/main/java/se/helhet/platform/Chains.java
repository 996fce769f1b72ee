package se.helhet.platform;

import java.sql.Connection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Every hash chain verified at once (./helhet verify and the log review), each table by its owner. */
@Service
public class Chains {

    private final List<ChainedTable> tables;
    private final HashChains chains;
    private final JdbcClient jdbc;

    Chains(List<ChainedTable> tables, HashChains chains, JdbcClient jdbc) {
        this.tables = tables;
        this.chains = chains;
        this.jdbc = jdbc;
    }

    /** In one snapshot, so that rows written meanwhile are neither half seen nor taken for forgeries. */
    @Transactional(isolation = Isolation.REPEATABLE_READ, readOnly = true)
    public Report verify() {
        return new Report(tables.stream().map(t -> t.verify(jdbc, chains)).toList());
    }

    /**
     * Links the rows the demo data loaded in bulk, straight into the tables of an empty database, in the
     * loader's own transaction.
     */
    public void linkLoadedDemoData(Connection connection) {
        JdbcClient loader = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        tables.forEach(t -> t.linkUnlinked(loader, chains));
    }

    public record Report(List<ChainResult> results) {

        public boolean intact() {
            return results.stream().allMatch(ChainResult::intact);
        }

        public List<String> lines() {
            return results.stream().map(ChainResult::line).toList();
        }
    }
}
