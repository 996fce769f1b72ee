package se.helhet.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts of children living in the district today, by area kind and age group: the denominators the
 * pilot is compared on. Numbers only, never a person, so analysts may see them.
 */
@Component
public class Population {

    public record Cell(Area.Kind areaKind, String ageGroup, long children) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Population(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Cell> childrenToday() {
        LocalDate today = LocalDate.now(clock);
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
                .query((rs, n) -> new Cell(Area.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
