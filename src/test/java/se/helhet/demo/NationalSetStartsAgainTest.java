package se.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.HelhetApplication;

/**
 * The national search set (persons and reports only, no placements) is built once and started again on its own data
 * by every later benchmark run: the later start must find every demo part done and make nothing twice.
 */
class NationalSetStartsAgainTest {

    @Test
    void aLaterStartOfTheNationalSetMakesNothingAgain() {
        Path home = Path.of("target/test-home/national-" + UUID.randomUUID()).toAbsolutePath();
        String[] arguments = {"--helhet.mode=demo", "--helhet.home=" + home, "--helhet.demo.children=30",
                "--helhet.demo.national-reports=90", "--server.port=0", "--logging.level.se.helhet=WARN"};

        Map<String, Object> first;
        try (ConfigurableApplicationContext helhet = new SpringApplicationBuilder(HelhetApplication.class)
                .run(arguments)) {
            first = counts(helhet);
        }
        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(HelhetApplication.class)
                .run(arguments)) {
            assertThat(counts(again)).isEqualTo(first);
        }
        assertThat((Long) first.get("reports")).isPositive();
        assertThat(first.get("meetings")).isEqualTo(1L);
    }

    private static Map<String, Object> counts(ConfigurableApplicationContext helhet) {
        return new JdbcTemplate(helhet.getBean(DataSource.class)).queryForMap("""
                select (select count(*) from person) as persons, (select count(*) from report) as reports,
                       (select count(*) from placement_forum_meeting) as meetings,
                       (select count(*) from app_user) as users""");
    }
}
