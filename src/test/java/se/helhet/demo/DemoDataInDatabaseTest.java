package se.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.common.SwedishCalendar;
import se.helhet.support.HelhetTest;

/** The demo data as the first demo start leaves it in PostgreSQL. */
@HelhetTest
class DemoDataInDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

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

    /** A vacuum by hand, not autovacuum's: the searches read their index entries alone from the first minute. */
    @Test
    void theLoadedTablesAreVacuumedBeforeHelhetIsReady() {
        var vacuumed = new JdbcTemplate(dataSource).queryForList("""
                select relname from pg_stat_user_tables
                where relname in ('person', 'person_name_part', 'person_unit', 'name_part_word')
                  and vacuum_count > 0""", String.class);

        assertThat(vacuumed).containsExactlyInAnyOrder("person", "person_name_part", "person_unit", "name_part_word");
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
        // Other tests of the shared database add accounts of their own, so the demo's are looked for by name.
        assertThat(jdbc.queryForList("select username from app_user", String.class))
                .contains("admin", "mottagning", "socsek", "chef", "analytiker", "granskare", "vuxen")
                .containsAll(Staff.ALL.stream().map(Staff.Member::username).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void reportsReceivedTodayWaitForTheirProtectionAssessment() {
        var jdbc = new JdbcTemplate(dataSource);
        long waiting = jdbc.queryForObject("""
                select count(*) from report_child c join report r on r.id = c.report_id
                join matter m on m.id = c.matter_id and m.closed_on is null
                join person child on child.id = c.child_id and child.created_by is null
                where r.received_at > now() - interval '2 days'
                and not exists (select 1 from protection_assessment p
                                where p.report_id = c.report_id and p.child_id = c.child_id)""", Long.class);
        long preliminary = jdbc.queryForObject("""
                select count(*) from report_child c join protection_assessment p using (report_id, child_id)
                join matter m on m.id = c.matter_id and m.closed_on is null
                join person child on child.id = c.child_id and child.created_by is null
                where not exists (select 1 from preliminary_assessment a
                                  where a.report_id = c.report_id and a.child_id = c.child_id)""", Long.class);

        assertThat(waiting).isBetween(3L, 10L);
        assertThat(preliminary).isBetween(15L, 30L);
    }

    @Test
    void socsekHasRunningInvestigationsWithMixedDeadlines() {
        var jdbc = new JdbcTemplate(dataSource);
        var dues = jdbc.queryForList("""
                select i.legal_due from investigation i join matter m on m.id = i.matter_id
                join app_user u on u.id = m.responsible_worker_id
                where u.username = 'socsek' and m.closed_on is null and i.closed_on is null""", Date.class)
                .stream().map(Date::toLocalDate).toList();
        var today = LocalDate.now(clock);

        assertThat(dues).hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(due -> due.isBefore(today))
                .anyMatch(due -> !due.isBefore(today) && !due.isAfter(today.plusDays(2)))
                .anyMatch(due -> !SwedishCalendar.isWorkingDay(due));
    }

    @Test
    void fiveYearsOfMattersWithAtMostOneOpenPerChildAndTheUnitsRegisterTheirChildren() {
        var jdbc = new JdbcTemplate(dataSource);
        // Only the demo's own children: other tests in the shared context add theirs.
        var counts = jdbc.queryForMap("""
                with demo_matter as (select m.* from matter m join person p on p.id = m.person_id
                                     where p.created_by is null),
                     demo_investigation as (select i.* from investigation i join demo_matter m on m.id = i.matter_id)
                select (select count(distinct report_id) from report_child c
                            join demo_matter m on m.id = c.matter_id) as reports,
                       (select count(*) from demo_investigation) as investigations,
                       (select count(*) from demo_investigation where closed_on is null) as running,
                       (select count(*) from demo_matter m where m.closed_on is null and m.unit_id in
                           (select id from unit where kind = 'CHILDREN_AND_YOUTH') and m.responsible_worker_id is null) as unassigned,
                       (select count(*) from demo_matter m where not exists (select 1 from person_unit pu
                           where pu.person_id = m.person_id and pu.unit_id = m.unit_id)) as unregistered,
                       (select count(*) from decision d join demo_matter m on m.id = d.matter_id join app_user u on u.id = d.decided_by
                           where not 'UNIT_MANAGER' = any(u.roles)) as undelegated,
                       (select min(received_at)::date from report) as first""");

        assertThat((Long) counts.get("reports")).isBetween(1_000L, 2_500L);
        assertThat((Long) counts.get("investigations")).isBetween(350L, 900L);
        assertThat((Long) counts.get("running")).isBetween(20L, 40L);
        assertThat((Long) counts.get("unassigned")).isPositive();
        assertThat((Long) counts.get("unregistered")).isZero();
        assertThat((Long) counts.get("undelegated")).isZero();
        assertThat(((Date) counts.get("first")).toLocalDate())
                .isBefore(LocalDate.now(clock).minusYears(4).minusMonths(6));
    }

    @Test
    void parentsOfChildrenWithOpenMattersAndSomeYoungAdultsHaveOpenMattersInTheAdultUnits() {
        var jdbc = new JdbcTemplate(dataSource);
        // The demo's own adult matters: other tests in the shared context open theirs.
        String adultMatters = """
                select m.* from matter m join person p on p.id = m.person_id
                where p.created_by is null and m.kind <> 'CHILD_AND_YOUTH' and m.closed_on is null""";
        var byKind = jdbc.queryForList("select kind, count(*) as n from (" + adultMatters + ") m group by kind");
        var counts = jdbc.queryForMap("""
                with adult as (%s)
                select (select count(*) from adult m join unit u on u.id = m.unit_id where u.kind <> case m.kind
                            when 'ADDICTION' then 'ADULT_ADDICTION' when 'SOCIAL_PSYCHIATRY' then 'ADULT_PSYCHIATRY'
                            when 'DISABILITY' then 'DISABILITY_SUPPORT' else m.kind end) as wrong_unit,
                       (select count(*) from adult m where not exists (select 1 from user_unit uu
                            where uu.user_id = m.responsible_worker_id and uu.unit_id = m.unit_id)) as worker_elsewhere,
                       (select count(*) from adult m where not exists (select 1 from person_unit pu
                            where pu.person_id = m.person_id and pu.unit_id = m.unit_id)) as unregistered,
                       (select count(*) from adult m where m.level is not null or m.age_at_start is not null
                            or m.area_id_at_start is not null) as with_child_fields,
                       (select count(*) from adult m where m.opened_at > now()) as in_future,
                       (select count(*) from adult m where exists (
                            select 1 from person_relation r join matter c on c.person_id = r.related_person_id
                            where r.person_id = m.person_id and r.type = 'PARENT'
                              and c.kind = 'CHILD_AND_YOUTH' and c.closed_on is null)) as parents_of_open_children,
                       (select count(distinct m.person_id) from adult m join person p on p.id = m.person_id
                            where p.birth_date between current_date - interval '22 years' and current_date - interval '18 years'
                              and m.kind = 'FINANCIAL_AID'
                              and exists (select 1 from adult o where o.person_id = m.person_id and o.kind <> 'FINANCIAL_AID')
                        ) as young_adults,
                       (select count(*) from (select r.related_person_id from adult m
                            join person_relation r on r.person_id = m.person_id and r.type = 'PARENT'
                            group by r.related_person_id having count(distinct m.unit_id) >= 2) f) as children_of_several_units
                """.formatted(adultMatters));

        assertThat(byKind).extracting(row -> row.get("kind")).contains("ADDICTION", "DOMESTIC_VIOLENCE",
                "FINANCIAL_AID", "SOCIAL_PSYCHIATRY", "DISABILITY");
        assertThat(byKind).filteredOn(row -> !row.get("kind").equals("DISABILITY"))
                .allSatisfy(row -> assertThat((Long) row.get("n")).isGreaterThanOrEqualTo(10L));
        assertThat((Long) counts.get("wrong_unit")).isZero();
        assertThat((Long) counts.get("worker_elsewhere")).isZero();
        assertThat((Long) counts.get("unregistered")).isZero();
        assertThat((Long) counts.get("with_child_fields")).isZero();
        assertThat((Long) counts.get("in_future")).isZero();
        assertThat((Long) counts.get("parents_of_open_children")).isGreaterThanOrEqualTo(40L);
        assertThat((Long) counts.get("young_adults")).isBetween(3L, 100L);
        assertThat((Long) counts.get("children_of_several_units")).isPositive();
    }

    @Test
    void theWorkInInvestigationsIsRecordedInsideThemAndGrantedHelpFollowsItsDecision() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from case_note", Long.class)).isGreaterThan(1_000L);
        // The demo's own matters only (a child the demo registered has no creator), not what other tests of the
        // shared context write.
        assertThat(jdbc.queryForObject("""
                select count(*) from case_note n join investigation i on i.matter_id = n.matter_id
                join matter m on m.id = n.matter_id join person p on p.id = m.person_id
                where p.created_by is null
                  and (n.occurred_on < i.opened_on or n.occurred_on > coalesce(i.closed_on, current_date)
                       or n.signed_at is null)""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from intervention", Long.class)).isGreaterThan(100L);
        // Only the demo's own rows: written in the one transaction that also wrote the demo users (xmin), not
        // those other tests of the shared context add.
        assertThat(jdbc.queryForObject("""
                select count(*) from intervention v left join decision d on d.id = v.decision_id
                where v.xmin = (select u.xmin from app_user u where u.username = 'admin')
                  and (d.id is null or d.outcome <> 'GRANTED' or d.matter_id <> v.matter_id
                       or d.intervention_code <> v.code or v.offered_on <= d.decided_on
                       or v.started_on < v.accepted_on)""", Long.class)).isZero();
        // Every step taken is in the intervention's own history.
        assertThat(jdbc.queryForObject("""
                select count(*) from intervention v where v.state <> (select s.state from intervention_step s
                    where s.intervention_id = v.id order by s.on_date desc, s.id desc limit 1)""", Long.class)).isZero();
    }

    @Test
    void thePilotTeamTalksWithMoreChildrenThanOrdinaryServices() {
        var shares = new JdbcTemplate(dataSource).queryForMap("""
                select avg(talked::int) filter (where u.code = 'pilotteam') as pilot,
                       avg(talked::int) filter (where u.code <> 'pilotteam') as ordinary
                from (select i.id, m.unit_id, exists (select 1 from case_note n where n.matter_id = i.matter_id
                        and n.type = 'CONVERSATION_WITH_CHILD' and n.no_conversation_reason is null) as talked
                      from investigation i join matter m on m.id = i.matter_id
                      where i.closed_on is not null and m.age_at_start >= 3) t
                join unit u on u.id = t.unit_id""");

        assertThat(((Number) shares.get("pilot")).doubleValue()).isGreaterThan(((Number) shares.get("ordinary")).doubleValue() + 0.1);
    }
}
