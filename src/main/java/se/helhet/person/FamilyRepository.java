package se.helhet.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relations, the family they form, and where persons have lived. */
@Repository
class FamilyRepository {

    /** Everyone reachable from {@code :id} through relations in either direction, three steps out. */
    private static final String FAMILY = """
            with recursive family(id, depth) as (
                select cast(:id as uuid), 0
                union
                select case when r.person_id = f.id then r.related_person_id else r.person_id end, f.depth + 1
                from family f
                join person_relation r on r.person_id = f.id or r.related_person_id = f.id
                where f.depth < 3
            )
            """;

    record Link(UUID personId, UUID relatedPersonId, Relation type) {
    }

    private final JdbcClient jdbc;

    FamilyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The family: everyone reachable from the person through relations in either direction, a few steps
     * out (a child's guardians, their other children, a step-parent in the household), capped so that one
     * odd record can never pull in half the district.
     */
    List<Person> familyOf(UUID personId) {
        return jdbc.sql(FAMILY + """
                        select distinct on (p.id) p.id, p.personal_identity_number, p.reserve_number, p.given_name,
                            p.family_name, p.birth_date, p.protected_identity, p.address, p.postal_code, p.city,
                            p.phone, p.language, p.interpreter_needed
                        from family f join person p on p.id = f.id
                        limit 40""")
                .param("id", personId)
                .query(PersonRepository::person)
                .list();
    }

    /** The same family as {@link #familyOf}, as ids only. */
    List<UUID> memberIdsOf(UUID personId) {
        return jdbc.sql(FAMILY + "select distinct id from family limit 40").param("id", personId).query(UUID.class)
                .list();
    }

    /** Those registered as the person's guardians. */
    List<Person> guardiansOf(UUID personId) {
        return jdbc.sql("""
                        select p.id, p.personal_identity_number, p.reserve_number, p.given_name, p.family_name,
                            p.birth_date, p.protected_identity, p.address, p.postal_code, p.city, p.phone, p.language,
                            p.interpreter_needed
                        from person_relation r join person p on p.id = r.person_id
                        where r.related_person_id = :id and r.type = 'GUARDIAN' order by p.birth_date, p.id""")
                .param("id", personId)
                .query(PersonRepository::person)
                .list();
    }

    List<Link> linksAmong(List<UUID> personIds) {
        return jdbc.sql("""
                        select person_id, related_person_id, type from person_relation
                        where person_id = any(:ids) and related_person_id = any(:ids)""")
                .param("ids", personIds.toArray(UUID[]::new))
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Relation.valueOf(rs.getString(3))))
                .list();
    }

    void relate(UUID personId, UUID relatedPersonId, Relation type, LocalDate from) {
        jdbc.sql("""
                        insert into person_relation (person_id, related_person_id, type, from_date)
                        values (:p, :r, :type, :from) on conflict do nothing""")
                .param("p", personId).param("r", relatedPersonId).param("type", type.name()).param("from", from)
                .update();
    }

    List<AreaPeriod> areaHistory(UUID personId) {
        return jdbc.sql("""
                        select a.id, a.code, a.name, a.kind, pa.from_date from person_area pa
                        join area a on a.id = pa.area_id
                        where pa.person_id = :p order by pa.from_date desc""")
                .param("p", personId)
                .query((rs, n) -> new AreaPeriod(new Area(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), Area.Kind.valueOf(rs.getString(4))),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    List<Area> areas() {
        return jdbc.sql("select id, code, name, kind from area order by name")
                .query((rs, n) -> new Area(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Area.Kind.valueOf(rs.getString(4))))
                .list();
    }

    void moveTo(UUID personId, UUID areaId, LocalDate from) {
        jdbc.sql("""
                        insert into person_area (person_id, area_id, from_date) values (:p, :a, :from)
                        on conflict (person_id, from_date) do update set area_id = excluded.area_id""")
                .param("p", personId).param("a", areaId).param("from", from)
                .update();
    }

    /** Children living in the district on the day, by area kind and age group. */
    List<Population.Cell> childrenOn(LocalDate today) {
        return jdbc.sql("""
                        with current_area as (
                            select distinct on (pa.person_id) pa.person_id, a.kind
                            from person_area pa join area a on a.id = pa.area_id
                            where pa.from_date <= :today
                            order by pa.person_id, pa.from_date desc
                        ), child as (
                            select ca.kind, extract(year from age(:today, p.birth_date))::int as age
                            from person p join current_area ca on ca.person_id = p.id
                            where p.birth_date > :today - interval '18 years'
                        )
                        select kind,
                               case when age <= 5 then '0–5' when age <= 12 then '6–12' else '13–17' end as age_group,
                               count(*) as children
                        from child group by 1, 2 order by 1 desc, min(age)""")
                .param("today", today)
                .query((rs, n) -> new Population.Cell(Area.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
