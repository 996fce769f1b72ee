package se.helhet.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

/** The synthetic outcomes the demo start writes after the case history. */
@HelhetTest
class OutcomeDemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aFewHundredClosedMattersOfSchoolAgeChildrenHaveConsentedSchoolDataAtStartAndEnd() {
        var jdbc = new JdbcTemplate(dataSource);
        // Only the demo's children (registered by no user): other tests in the shared context add their own.
        Map<String, Object> counts = jdbc.queryForMap("""
                with demo_consent as (select c.* from consent c join person p on p.id = c.subject_id
                                      where p.created_by is null and 'SCHOOL_OUTCOMES' = any(c.scopes)),
                     demo_school as (select s.* from school_outcome s join person p on p.id = s.child_id
                                     where p.created_by is null)
                select (select count(*) from demo_consent) as consents,
                       (select count(*) from demo_school where time_point = 'START') as starts,
                       (select count(*) from demo_school where time_point = 'END') as ends,
                       (select count(*) from coordinated_support_answer a join matter m on m.id = a.matter_id
                        join person p on p.id = m.person_id where p.created_by is null) as answers,
                       (select count(*) from demo_school s join consent c on c.id = s.consent_id
                        join matter m on m.id = s.matter_id
                        where c.valid_from > s.recorded_on or c.subject_id <> s.child_id or m.closed_on is null
                           or not exists (select 1 from consent_recipient r
                                          where r.consent_id = c.id and r.unit_id = m.unit_id)
                           or (s.time_point = 'FOLLOW_UP' and s.recorded_on < m.closed_on + interval '6 months'))
                           as outside_the_rules""");

        assertThat((Long) counts.get("consents")).isBetween(200L, 400L);
        assertThat((Long) counts.get("starts")).isEqualTo(counts.get("consents"));
        assertThat((Long) counts.get("ends")).isGreaterThan((Long) counts.get("starts") * 8 / 10);
        assertThat((Long) counts.get("answers")).isGreaterThan(100L);
        assertThat(counts.get("outside_the_rules")).isEqualTo(0L);

        Map<String, Object> gain = jdbc.queryForMap("""
                select avg(e.attendance_percent - s.attendance_percent) filter (where a.kind = 'PILOT') as pilot,
                       avg(e.attendance_percent - s.attendance_percent) filter (where a.kind = 'ORDINARY') as control
                from school_outcome s join school_outcome e on e.matter_id = s.matter_id and e.time_point = 'END'
                join matter m on m.id = s.matter_id join area a on a.id = m.area_id_at_start
                join person p on p.id = s.child_id
                where s.time_point = 'START' and p.created_by is null""");
        assertThat(((Number) gain.get("pilot")).doubleValue()).isGreaterThan(((Number) gain.get("control")).doubleValue());
    }

    @Test
    void theDemosSdqScoresAreTheOnesTheProductComputes() {
        var jdbc = new JdbcTemplate(dataSource);
        var stored = jdbc.queryForList("""
                select a.responses::text as responses, a.impact::text as impact,
                       (a.scores ->> 'totalDifficulties')::int as total, a.bands -> 'threeBand' ->> 'totalDifficulties' as band
                from instrument_administration a join school_outcome s on s.matter_id = a.matter_id
                join person p on p.id = a.person_id
                where a.instrument = 'SDQ' and s.time_point = 'START' and p.created_by is null order by a.id limit 5""");
        assertThat(stored).hasSize(5);

        for (var row : stored) {
            var scored = Api.as(port, "analytiker").post("/api/v1/instruments/SDQ/score", "{\"informant\": \"PARENT\", "
                    + "\"responses\": " + row.get("responses") + ", \"impact\": " + row.get("impact") + "}");
            assertThat(scored.status()).as(scored.body()).isEqualTo(200);
            assertThat(scored.json().get("scores").get("totalDifficulties").asInt()).isEqualTo(row.get("total"));
            assertThat(scored.json().get("bands").get("threeBand").get("totalDifficulties").asString())
                    .isEqualTo(row.get("band"));
        }
    }
}
