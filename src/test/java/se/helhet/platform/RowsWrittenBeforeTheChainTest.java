package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.HelhetTest;
import se.helhet.support.PastTheTriggers;

/**
 * An installation from before the hash chains: its log rows and signed notes have no links until migration
 * V24 gives them theirs, as the schema's owner, under the key from the configuration.
 */
@HelhetTest
class RowsWrittenBeforeTheChainTest {

    @Autowired
    Chains chains;

    @Autowired
    LinkRowsWrittenBeforeTheChain migration;

    @Autowired
    DataSource dataSource;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void migrationV24LinksEveryRowWrittenBeforeTheChains() throws Exception {
        var app = new JdbcTemplate(dataSource);
        long traceRows = app.queryForObject("select count(*) from trace", Long.class);
        long signedNotes = app.queryForObject("select count(*) from case_note where signed_at is not null", Long.class);
        try (var db = new PastTheTriggers(dataSource)) {
            db.execute("update trace set chain_seq = null, chain_hash = null");
            db.execute("update case_note set chain_seq = null, chain_hash = null");
            db.execute("update chain_head set last_seq = 0, last_hash = null, mac = null");
        }
        assertThat(chains.verify().results()).filteredOn(r -> r.chain().equals("case_note"))
                .allMatch(r -> r.broken().damage() == ChainResult.Damage.INSERTED);

        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });
            c.commit();
        }

        Chains.Report report = chains.verify();
        assertThat(report.intact()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.lines()).contains("trace: ok, " + traceRows + " rows", "case_note: ok, " + signedNotes + " rows");
    }
}
