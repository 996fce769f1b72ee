package se.helhet.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, a Spring bean that Flyway runs once, in order with the SQL ones and in a transaction
 * like them. It has no checksum: its code may be tidied without a new version.
 */
public abstract class JavaMigrationStep implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected JavaMigrationStep(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
