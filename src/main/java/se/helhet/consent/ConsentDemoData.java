package se.helhet.consent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few consents for the demo, after the matters exist: children with an open children and youth matter and
 * registered guardians, first those whose guardian has an open matter in an adult unit. The first child's
 * guardians let the addiction unit (where {@code vuxen} works) and their own adult unit read the child's matters; the
 * others show contact with a school, a forum consultation, a withdrawal and an expired consent. Written with SQL,
 * bypassing the service as the demo loader does, once (while no consent to share a matter's content exists).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
@se.helhet.platform.DemoLoader({"matter", "person_relation", "unit"})
class ConsentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsentDemoData.class);

    record Child(UUID id, UUID unit, UUID worker, UUID adultUnit) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConsentDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from consent where 'SHARE_MATTER_CONTENT' = any(scopes))", Boolean.class))) {
            return;
        }
        UUID addiction = jdbc.query("select id from unit where kind = 'ADULT_ADDICTION' order by name limit 1",
                (rs, n) -> rs.getObject(1, UUID.class)).stream().findFirst().orElse(null);
        // Set-based: the open children and youth matters, their guardians and the guardians' open adult matters are
        // each read once and joined, instead of a lookup of the guardians' matters for every open matter.
        List<Child> children = jdbc.query("""
                        with open_child as materialized (
                            select m.id, m.person_id, m.unit_id, coalesce(m.responsible_worker_id, m.created_by) as worker,
                                   m.opened_at
                            from matter m where m.kind = 'CHILD_AND_YOUTH' and m.closed_on is null
                        ), guardian as materialized (
                            select g.related_person_id as child_id, g.person_id
                            from person_relation g join open_child c on c.person_id = g.related_person_id
                            where g.type = 'GUARDIAN'
                        ), adult as materialized (
                            select distinct on (g.child_id) g.child_id, a.unit_id
                            from guardian g join matter a on a.person_id = g.person_id
                            where a.kind <> 'CHILD_AND_YOUTH' and a.closed_on is null
                            order by g.child_id, a.unit_id <> ?, a.opened_at, a.id
                        )
                        select c.person_id, c.unit_id, c.worker, a.unit_id as adult_unit
                        from open_child c left join adult a on a.child_id = c.person_id
                        where c.person_id in (select child_id from guardian)
                        order by a.unit_id is null, c.opened_at desc, c.id limit 5""",
                (rs, n) -> new Child(rs.getObject("person_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getObject("worker", UUID.class), rs.getObject("adult_unit", UUID.class)), addiction);
        if (children.size() < 5 || addiction == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Child shared = children.get(0);
        UUID consent = write(shared, "{SHARE_MATTER_CONTENT,CONTACT}", today.minusDays(20), today.plusYears(1),
                "WRITTEN", addiction, null);
        if (shared.adultUnit() != null && !shared.adultUnit().equals(addiction)) {
            jdbc.update("insert into consent_recipient (consent_id, position, unit_id) values (?, 2, ?)", consent,
                    shared.adultUnit());
        }
        write(children.get(1), "{CONTACT}", today.minusMonths(2), today.plusMonths(10), "ORAL",
                children.get(1).unit(), "Ekdalsskolan");
        write(children.get(2), "{FORUM_CONSULTATION}", today.minusDays(5), today.plusMonths(6), "DIGITAL",
                children.get(2).unit(), null);
        UUID withdrawn = write(children.get(3), "{SHARE_MATTER_CONTENT}", today.minusMonths(3), today.plusMonths(9),
                "WRITTEN", addiction, null);
        jdbc.update("""
                update consent set withdrawn_on = ?, withdrawal_reason = ?, withdrawn_by = recorded_by,
                    withdrawn_at = now() - interval '7 days', version = 1 where id = ?""", today.minusDays(7),
                "Vårdnadshavarna vill att uppgifterna stannar hos barn och unga.", withdrawn);
        write(children.get(4), "{CONTACT}", today.minusYears(1).minusMonths(1), today.minusMonths(1), "WRITTEN",
                children.get(4).unit(), "Solgläntans förskola");
        log.info("Demodata för samtycken: 5 samtycken, ett som låter beroendeenheten{} läsa barnets ärenden, på {} ms",
                shared.adultUnit() != null ? " och förälderns vuxenenhet" : "", (System.nanoTime() - start) / 1_000_000);
    }

    /** One consent by the child's registered guardians, to a unit and (when named) a school or preschool. */
    private UUID write(Child child, String scopes, LocalDate from, LocalDate to, String form, UUID unit, String actor) {
        // The same ids at every load of the same data: the demo is deterministic (ADR 6).
        UUID id = UUID.nameUUIDFromBytes(("consent:" + child.id() + ":" + scopes).getBytes(StandardCharsets.UTF_8));
        jdbc.update("""
                insert into consent (id, subject_id, scopes, valid_from, valid_to, form, recorded_by, recorded_at)
                values (?, ?, ?::text[], ?, ?, ?, ?, ?::date + time '10:00')""",
                id, child.id(), scopes, from, to, form, child.worker(), from);
        jdbc.update("insert into consent_giver (consent_id, person_id) select ?, person_id from person_relation "
                + "where related_person_id = ? and type = 'GUARDIAN'", id, child.id());
        jdbc.update("insert into consent_recipient (consent_id, position, unit_id) values (?, 0, ?)", id, unit);
        if (actor != null) {
            jdbc.update("""
                    insert into consent_recipient (consent_id, position, actor_kind, actor_name)
                    values (?, 1, ?, ?)""", id, actor.contains("förskola") ? "PRESCHOOL" : "SCHOOL", actor);
        }
        return id;
    }
}
