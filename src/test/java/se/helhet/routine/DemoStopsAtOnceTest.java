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
 * each adult matter of the demo district opens in turn. Both run on copies of the shipped routine, in one
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
            assertThat(actual).containsExactlyElementsOf(expected);
        });
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
