package se.helhet.platform;

import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * V24: the rows of the access log and the notes signed before V23 are linked into their chains, so the chains
 * cover everything from the start. A Java migration because the key is in Helhet's configuration, never in
 * the database.
 */
@Component
class LinkRowsWrittenBeforeTheChain implements JavaMigration {

    private final List<ChainedTable> tables;
    private final HashChains chains;

    LinkRowsWrittenBeforeTheChain(List<ChainedTable> tables, HashChains chains) {
        this.tables = tables;
        this.chains = chains;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("24");
    }

    @Override
    public String getDescription() {
        return "link rows written before the hash chains";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        var connection = new SingleConnectionDataSource(context.getConnection(), true);
        JdbcClient jdbc = JdbcClient.create(connection);
        tables.forEach(t -> t.linkUnlinked(jdbc, chains));
    }
}
