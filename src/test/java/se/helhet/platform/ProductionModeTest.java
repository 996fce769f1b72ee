package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import se.helhet.HelhetApplication;

class ProductionModeTest {

    private static HelhetProperties production(String url, String password) {
        return new HelhetProperties(HelhetProperties.Mode.PRODUCTION, Path.of("unused"),
                new HelhetProperties.Database(url, "helhet_app", password, null, null),
                new HelhetProperties.Security(5, java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1)));
    }

    @Test
    void productionModeRefusesToStartWithTheEmbeddedDatabase() {
        var application = new SpringApplicationBuilder(HelhetApplication.class);

        assertThatThrownBy(() -> application.run("--helhet.mode=production",
                "--helhet.home=target/test-home/production-refused", "--helhet.database.url=", "--server.port=0"))
                .hasRootCauseInstanceOf(UnsafeConfigurationException.class)
                .rootCause().hasMessageContaining("embedded database");
    }

    @Test
    void productionModeRefusesWellKnownOrShortPasswords() {
        for (String weak : new String[] {"", "demo", "postgres", "Helhet", "short-pw"}) {
            assertThatThrownBy(() -> ModeRules.check(production("jdbc:postgresql://db:5432/helhet", weak)))
                    .as(weak)
                    .isInstanceOf(UnsafeConfigurationException.class)
                    .hasMessageContaining("HELHET_DB_PASSWORD");
        }
    }

    @Test
    void productionModeRefusesANonPostgresUrl() {
        assertThatThrownBy(() -> ModeRules.check(production("jdbc:h2:mem:x", "a-long-enough-secret")))
                .isInstanceOf(UnsafeConfigurationException.class);
    }

    @Test
    void productionModeAcceptsAnExternalDatabaseWithAPasswordOfItsOwn() {
        assertThatCode(() -> ModeRules.check(production("jdbc:postgresql://db:5432/helhet", "k7#Lq9!vRt2@zW")))
                .doesNotThrowAnyException();
    }
}
