package se.helhet.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.matter.MatterKind;
import se.helhet.matter.MatterOpened;
import se.helhet.support.HelhetTest;

/**
 * The demo sets the stops of all families at once; they must be exactly those the product's matching sets when
 * each adult matter of the demo district, and of a family added whose child is three steps from the parent, opens in
 * turn (the district's families all match one step out). Both run on copies of the shipped routine, in one
 * transaction that is rolled back.
 */
@HelhetTest
class DemoStopsAtOnceTest {

    private static final UUID SHIPPED = UUID.fromString("6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10");

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Matching matching;

    @Autowired
    FamilyWorkDemoData demo;

    @Test
    void theStopsSetForAllFamiliesAtOnceAreThoseOfMatchingEachOpeningInTurn() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("update routine set active = false");
            UUID violence = familyThreeStepsOut(jdbc);

            UUID oneByOne = copyOfShippedRoutine(jdbc, "Kopia: en öppning i taget");
            List<MatterOpened> openings = jdbc.query("""
                            select id, person_id, kind, (opened_at at time zone 'Europe/Stockholm')::date from matter
                            where closed_on is null and kind <> 'CHILD_AND_YOUTH' order by opened_at, id""",
                    (rs, n) -> new MatterOpened(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            MatterKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)));
            openings.forEach(matching::match);
            List<String> expected = matchesOf(jdbc, oneByOne);

            jdbc.update("update routine set active = false where id = ?", oneByOne);
            UUID atOnce = copyOfShippedRoutine(jdbc, "Kopia: alla familjer på en gång");
            demo.setStops();
            List<String> actual = matchesOf(jdbc, atOnce);

            assertThat(openings).hasSizeGreaterThan(100);
            assertThat(expected).hasSizeGreaterThanOrEqualTo(10);
            assertThat(expected).anyMatch(m -> m.contains("FINANCIAL_AID"));
            assertThat(expected).anyMatch(m -> m.contains(violence.toString()));
            assertThat(actual).containsExactlyElementsOf(expected);
        });
    }

    /**
     * A father whose domestic-violence matter is open, his child with another mother, her child from before with an
     * open children and youth matter: the father's family reaches that child three steps out. Returns his matter.
     */
    private static UUID familyThreeStepsOut(JdbcTemplate jdbc) {
        UUID child = person(jdbc, "Ella", LocalDate.of(2016, 3, 1));
        UUID halfSibling = person(jdbc, "Noa", LocalDate.of(2021, 5, 1));
        UUID mother = person(jdbc, "Sara", LocalDate.of(1988, 1, 1));
        UUID father = person(jdbc, "Omar", LocalDate.of(1985, 1, 1));
        jdbc.update("insert into person_relation (person_id, related_person_id, type) values (?, ?, 'GUARDIAN')",
                mother, child);
        jdbc.update("insert into person_relation (person_id, related_person_id, type) values (?, ?, 'PARENT')",
                mother, halfSibling);
        jdbc.update("insert into person_relation (person_id, related_person_id, type) values (?, ?, 'PARENT')",
                father, halfSibling);
        matter(jdbc, child, "CHILD_AND_YOUTH", "CHILDREN_AND_YOUTH");
        return matter(jdbc, father, "DOMESTIC_VIOLENCE", "DOMESTIC_VIOLENCE");
    }

    private static UUID person(JdbcTemplate jdbc, String name, LocalDate born) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into person (id, reserve_number, given_name, family_name, search_name, birth_date)
                values (?, ?, ?, 'Trestegsson', lower(? || ' trestegsson'), ?)""",
                id, "T" + id.toString().substring(0, 8), name, name, born);
        return id;
    }

    private static UUID matter(JdbcTemplate jdbc, UUID person, String kind, String unitKind) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into matter (id, kind, person_id, unit_id, opened_at, responsible_worker_id, reopened,
                    created_by, age_at_start)
                select ?, ?, ?, u.id, now() - interval '3 days', w.id, false, w.id,
                       case when ? = 'CHILD_AND_YOUTH' then 10 end
                from unit u, app_user w where u.kind = ? and w.username = 'socsek' limit 1""",
                id, kind, person, kind, unitKind);
        return id;
    }

    private static UUID copyOfShippedRoutine(JdbcTemplate jdbc, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into routine (id, name, description, applies_when, also_involves)
                select ?, ?, description, applies_when, also_involves from routine where id = ?""", id, name, SHIPPED);
        jdbc.update("""
                insert into routine_stop (routine_id, position, name, gate, working_days, matter_kind, acute, guidance)
                select ?, position, name, gate, working_days, matter_kind, acute, guidance
                from routine_stop where routine_id = ?""", id, SHIPPED);
        return id;
    }

    /** Each match of the routine as text: when it matched, its matters with their kinds, and its stops. */
    private static List<String> matchesOf(JdbcTemplate jdbc, UUID routine) {
        return jdbc.queryForList("""
                select rm.matched_on
                       || ' ' || (select string_agg(m.id || ':' || m.kind, ',' order by m.id)
                                  from routine_match_matter mm join matter m on m.id = mm.matter_id
                                  where mm.match_id = rm.id)
                       || ' ' || (select string_agg(concat_ws('|', s.position, s.name, s.gate, s.working_days,
                                                              s.matter_kind, s.acute, s.guidance, s.due_on),
                                                    ';' order by s.position)
                                  from stop s where s.match_id = rm.id) as match
                from routine_match rm where rm.routine_id = ? order by 1""", String.class, routine);
    }
}
