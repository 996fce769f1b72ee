package se.helhet.followup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One query per indicator, next to its definition in {@link IndicatorDefinition}. Each names the things
 * counted in the period as rows of (child, anchor date, hit) or (child, anchor date, days); {@link #share}
 * and {@link #median} then keep the children of the chosen area and age group on the anchor date and count.
 */
@Repository
class IndicatorQueries {

    /** A count behind a share (numerator of denominator) or behind a median (median of denominator cases). */
    record Counted(long numerator, long denominator, Double median) {
    }

    private static final String RECEIVED_ON = "(r.received_at at time zone 'Europe/Stockholm')::date";

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counted reportChildKnownBefore(IndicatorFilter filter) {
        return share(filter, """
                select rc.child_id, d.received_on as anchor,
                       exists (select 1 from report_child e join report er on er.id = e.report_id
                               where e.child_id = rc.child_id
                                 and (er.received_at at time zone 'Europe/Stockholm')::date < d.received_on)
                    or exists (select 1 from investigation i join matter m on m.id = i.matter_id
                               where m.child_id = rc.child_id and i.opened_on < d.received_on)
                    or exists (select 1 from intervention v where v.child_id = rc.child_id and v.offered_on < d.received_on)
                       as hit
                from report_child rc join report r on r.id = rc.report_id
                cross join lateral (select %s as received_on) d
                where d.received_on between :from and :to""".formatted(RECEIVED_ON));
    }

    Counted reactualised(IndicatorFilter filter) {
        return share(filter, """
                select m.child_id, i.opened_on as anchor,
                       exists (select 1 from investigation e join matter em on em.id = e.matter_id
                               where em.child_id = m.child_id and e.id <> i.id
                                 and e.closed_on <= i.opened_on
                                 and e.closed_on >= (i.opened_on - interval '12 months')::date) as hit
                from investigation i join matter m on m.id = i.matter_id
                where i.opened_on between :from and :to""");
    }

    Counted closedWithin60Days(IndicatorFilter filter) {
        return share(filter, closed("i.closed_on - i.opened_on <= 60", "true"));
    }

    /** Adding an interval of months keeps the day or falls back to the month's last day: 31 Oct + 4 = 28/29 Feb. */
    Counted closedWithin4Months(IndicatorFilter filter) {
        return share(filter, closed("i.closed_on <= (i.opened_on + interval '4 months')::date", "true"));
    }

    Counted orangeClosedWithin14Days(IndicatorFilter filter) {
        return share(filter, closed("i.closed_on - i.opened_on <= 14", "i.level = 'ORANGE'"));
    }

    /** A conversation counts when it was held (the note has the child's views, not a reason why not) and signed. */
    Counted childConversation(IndicatorFilter filter) {
        return share(filter, closed("""
                exists (select 1 from case_note n where n.matter_id = i.matter_id and n.type = 'CONVERSATION_WITH_CHILD'
                        and n.no_conversation_reason is null and n.signed_at is not null
                        and n.occurred_on between i.opened_on and i.closed_on)""",
                "extract(year from age(i.opened_on, p.birth_date)) >= 3"));
    }

    Counted schoolContactWhenSchoolReported(IndicatorFilter filter) {
        return share(filter, closed("""
                exists (select 1 from case_note n where n.matter_id = i.matter_id and n.type = 'SCHOOL_CONTACT'
                        and n.signed_at is not null and n.occurred_on between i.opened_on and i.closed_on)""",
                "exists (select 1 from report r where r.id = i.report_id and r.reporter_category in ('SCHOOL', 'PRESCHOOL'))"));
    }

    Counted interventionAccepted(IndicatorFilter filter) {
        return share(filter, """
                select v.child_id, v.offered_on as anchor, v.accepted_on is not null as hit
                from intervention v where v.offered_on between :from and :to""");
    }

    Counted interventionCompleted(IndicatorFilter filter) {
        return share(filter, """
                select v.child_id, v.offered_on as anchor, v.completed_on is not null as hit
                from intervention v where v.accepted_on is not null
                  and coalesce(v.completed_on, v.ended_early_on) between :from and :to""");
    }

    Counted waitDecisionToStartDays(IndicatorFilter filter) {
        return median(filter, """
                select v.child_id, v.offered_on as anchor, v.started_on - v.decided_on as days
                from intervention v where v.decided_on is not null and v.started_on between :from and :to""");
    }

    /** The first help is the first started intervention granted in the investigation, chosen over all time. */
    Counted reportToFirstHelpDays(IndicatorFilter filter) {
        return median(filter, """
                select f.child_id, f.anchor, f.days from (
                    select distinct on (d.investigation_id) v.child_id, v.offered_on as anchor, v.started_on,
                           v.started_on - %s as days
                    from intervention v
                    join decision d on d.id = v.decision_id and d.outcome = 'GRANTED'
                    join investigation i on i.id = d.investigation_id
                    join report r on r.id = i.report_id
                    where v.started_on is not null
                    order by d.investigation_id, v.started_on, v.id) f
                where f.started_on between :from and :to""".formatted(RECEIVED_ON));
    }

    /** Investigations closed in the period, anchored on their opening date, that meet {@code which}. */
    private static String closed(String hit, String which) {
        return """
                select m.child_id, i.opened_on as anchor, (%s) as hit
                from investigation i join matter m on m.id = i.matter_id join person p on p.id = m.child_id
                where i.closed_on between :from and :to and (%s)""".formatted(hit, which);
    }

    private Counted share(IndicatorFilter filter, String counted) {
        return run(filter, counted, "count(*) filter (where c.hit), count(*), null::float8");
    }

    private Counted median(IndicatorFilter filter, String counted) {
        return run(filter, counted, "0, count(*), percentile_cont(0.5) within group (order by c.days)");
    }

    private Counted run(IndicatorFilter filter, String counted, String aggregates) {
        return jdbc.sql("with counted as (" + counted + ")\nselect " + aggregates + """

                        from counted c join person p on p.id = c.child_id
                        where extract(year from age(c.anchor, p.birth_date)) between :youngest and :oldest
                          and (:area = 'ALL' or :area = (select a.kind from person_area pa join area a on a.id = pa.area_id
                                where pa.person_id = c.child_id and pa.from_date <= c.anchor
                                order by pa.from_date desc limit 1))""")
                .param("from", filter.from()).param("to", filter.to())
                .param("youngest", filter.ageGroup().youngest()).param("oldest", filter.ageGroup().oldest())
                .param("area", filter.area().name())
                .query((rs, n) -> new Counted(rs.getLong(1), rs.getLong(2), (Double) rs.getObject(3)))
                .single();
    }
}
