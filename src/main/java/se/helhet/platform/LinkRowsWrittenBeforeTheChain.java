package se.helhet.platform;

import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * V24: the rows of the access log and the notes signed before V23 are linked into their chains, so the chains
 * cover everything from the start. A Java migration because the key is in Helhet's configuration, never in
 * the database.
 */
@Component
class LinkRowsWrittenBeforeTheChain extends JavaMigrationStep {

    private final List<ChainedTable> tables;
    private final HashChains chains;

    LinkRowsWrittenBeforeTheChain(List<ChainedTable> tables, HashChains chains) {
        super("24", "link rows written before the hash chains");
        this.tables = tables;
        this.chains = chains;
    }

    @Override
    public void migrate(Context context) {
        var connection = new SingleConnectionDataSource(context.getConnection(), true);
        JdbcClient jdbc = JdbcClient.create(connection);
        tables.forEach(t -> t.linkUnlinked(jdbc, chains));
    }
}
