package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class DurabilityCheckTest {

    /** zonky's own defaults, as Helhet ran before: {@code -F} (fsync off) and {@code synchronous_commit=off}. */
    @Test
    void productionRefusesADatabaseThatConfirmsCommitsBeforeTheyAreOnDiskAndDemoWarns() throws Exception {
        Path data = Files.createDirectories(Path.of("target/test-home")).resolve("zonky-defaults-" + System.nanoTime());
        try (EmbeddedPostgres undurable = EmbeddedPostgres.builder().setDataDirectory(data).start();
             Connection connection = undurable.getPostgresDatabase().getConnection()) {

            assertThatThrownBy(() -> DurabilityCheck.check(connection, false))
                    .isInstanceOf(UnsafeConfigurationException.class)
                    .hasMessageContaining("fsync=off")
                    .hasMessageContaining("synchronous_commit=off");

            assertThat(DurabilityCheck.check(connection, true)).containsExactly("fsync=off", "synchronous_commit=off");
        }
    }
}
