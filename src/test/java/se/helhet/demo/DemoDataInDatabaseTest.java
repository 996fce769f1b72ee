package se.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.HelhetTest;

/** The demo data as the first demo start leaves it in PostgreSQL. */
@HelhetTest
class DemoDataInDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aboutSevenThousandChildrenWithAboutATenthInThePilotArea() {
        var jdbc = new JdbcTemplate(dataSource);
        var counts = jdbc.queryForMap("""
                with current_area as (
                    select distinct on (pa.person_id) pa.person_id, a.kind from person_area pa
                    join area a on a.id = pa.area_id order by pa.person_id, pa.from_date desc)
                select count(*) as children, count(*) filter (where ca.kind = 'PILOT') as pilot
                from person p join current_area ca on ca.person_id = p.id
                where p.birth_date > current_date - interval '18 years' and p.created_by is null""");

        long children = (Long) counts.get("children");
        double pilotShare = (Long) counts.get("pilot") / (double) children;
        assertThat(children).isBetween(6_900L, 7_100L);
        assertThat(pilotShare).isBetween(0.07, 0.13);
    }

    @Test
    void everyIdentityNumberComesFromSkatteverketsTestList() throws Exception {
        Set<String> list = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/demo/skatteverket-test-identity-numbers.json")) {
            Matcher m = Pattern.compile("\"([0-9]{12})\"").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                list.add(m.group(1));
            }
        }
        List<String> numbers = new JdbcTemplate(dataSource).queryForList(
                "select personal_identity_number from person where personal_identity_number is not null", String.class);

        assertThat(numbers).hasSizeGreaterThan(5_000).allMatch(list::contains);
    }

    @Test
    void everyChildHasAGuardianAndFamiliesHaveSiblings() {
        var jdbc = new JdbcTemplate(dataSource);
        long orphans = jdbc.queryForObject("""
                select count(*) from person p where p.birth_date > current_date - interval '18 years'
                and p.created_by is null
                and not exists (select 1 from person_relation r where r.related_person_id = p.id and r.type = 'GUARDIAN')""",
                Long.class);
        long siblings = jdbc.queryForObject("select count(*) from person_relation where type = 'SIBLING'", Long.class);

        assertThat(orphans).isZero();
        assertThat(siblings).isGreaterThan(1_000);
    }

    @Test
    void someFamiliesHaveProtectedIdentityAndTheDemoUsersExist() {
        var jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("select count(*) from person where protected_identity", Long.class))
                .isBetween(10L, 300L);
        assertThat(jdbc.queryForList("select username from app_user", String.class))
                .contains("admin", "mottagning", "socsek", "chef", "analytiker", "granskare", "vuxen")
                .hasSizeBetween(18, 25);
    }
}
