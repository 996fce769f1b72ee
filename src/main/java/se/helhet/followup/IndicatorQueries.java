package se.helhet.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.AreaChoice;
import se.helhet.platform.ReadModel;

/**
 * One query per indicator, next to its definition in {@link IndicatorDefinition}. Each names the things
 * counted in a period as rows of (matter, child, anchor date, period date, level, hit or days): the period date
 * places a row in the period (receipt, opening, closing, offer, end or start), the anchor date decides the
 * child's age and area. {@link #counted}, {@link #series} and {@link #behind} then keep the rows of the chosen
 * age group, area and level and count them, month by month, or list them.
 * <p>
 * The indicators of reports, investigations, interventions, referrals, stops, the Intern-SIP's target group, outcomes
 * and placements read the projection the database keeps of them (V35_1, V35_2, ADR 22): a row per thing counted that already has the
 * child's age and area on its anchor date and the facts the indicator asks (known before, re-actualised, a
 * conversation held, days to the first help, the latest follow-up, the day a stop fell due), so a city-year is
 * counted by reading its rows once. The projection's views say how each fact is found; the others count their rows
 * here.
 */
@Repository
@ReadModel({"matter_level_change", "person", "person_area", "area", "person_relation", "adult_decision",
        "child_impact_analysis", "child_impact_consequence", "forum", "forum_meeting", "forum_consultation",
        "forum_consultation_consent", "sip"})
class IndicatorQueries {

    /** A count behind a share (numerator of denominator) or behind a median (median of denominator cases). */
    record Counted(long numerator, long denominator, Double median) {
        static final Counted NONE = new Counted(0, 0, null);
    }

    /** One thing counted, as a drill-down lists it. */
    record Row(UUID matterId, UUID childId, LocalDate anchor, LocalDate periodDate, String level, boolean hit,
               Integer days) {
    }

    /** The counts of one month, in the pilot area and in ordinary services. */
    record Month(LocalDate month, Map<AreaChoice, Counted> byArea) {
    }

    /** The matter's level on a day, from its level history; for work with no investigation behind it. */
    private static final String MATTER_LEVEL_ON = """
            (select l.level from matter_level_change l where l.matter_id = %s
               and (l.changed_at at time zone 'Europe/Stockholm')::date <= %s
             order by l.changed_at desc limit 1)""";

    /** Their rows have the age and area already: the projection's, and the forum's own. */
    private static final Set<IndicatorDefinition> WITH_AGE_AND_AREA = EnumSet.of(
            IndicatorDefinition.REPORT_CHILD_KNOWN_BEFORE, IndicatorDefinition.REACTUALISED,
            IndicatorDefinition.CLOSED_WITHIN_60_DAYS, IndicatorDefinition.CLOSED_WITHIN_4_MONTHS,
            IndicatorDefinition.ORANGE_CLOSED_WITHIN_14_DAYS, IndicatorDefinition.CHILD_CONVERSATION,
            IndicatorDefinition.SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED, IndicatorDefinition.INTERVENTION_ACCEPTED,
            IndicatorDefinition.INTERVENTION_COMPLETED, IndicatorDefinition.WAIT_DECISION_TO_START_DAYS,
            IndicatorDefinition.REPORT_TO_FIRST_HELP_DAYS, IndicatorDefinition.REFERRAL_FOLLOWED_UP,
            IndicatorDefinition.REFERRAL_HELP_RECEIVED, IndicatorDefinition.FORUM_CONSULTATION_WITH_CONSENT,
            IndicatorDefinition.STOPS_HELD_IN_TIME, IndicatorDefinition.INTERN_SIP_OFFERED,
            IndicatorDefinition.IMPROVED_SDQ_TOTAL, IndicatorDefinition.IMPROVED_ATTENDANCE,
            IndicatorDefinition.IMPROVED_RESULTS, IndicatorDefinition.EXPERIENCED_COORDINATED_SUPPORT,
            IndicatorDefinition.PLACED_WITH_HOME_PLAN, IndicatorDefinition.PLACED_WITH_SCHOOL_RESPONSIBILITY);

    private final JdbcClient jdbc;
    private final Map<IndicatorDefinition, String> counting = new EnumMap<>(IndicatorDefinition.class);

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        counting.put(IndicatorDefinition.REPORT_CHILD_KNOWN_BEFORE, reportChildKnownBefore());
        counting.put(IndicatorDefinition.REACTUALISED, reactualised());
        counting.put(IndicatorDefinition.CLOSED_WITHIN_60_DAYS, closed("f.closed_on - f.opened_on <= 60", "true"));
        // Adding an interval of months keeps the day or falls back to the month's last day: 31 Oct + 4 = 28/29 Feb.
        counting.put(IndicatorDefinition.CLOSED_WITHIN_4_MONTHS,
                closed("f.closed_on <= (f.opened_on + interval '4 months')::date", "true"));
        counting.put(IndicatorDefinition.ORANGE_CLOSED_WITHIN_14_DAYS,
                closed("f.closed_on - f.opened_on <= 14", "f.level_when_opened = 'ORANGE'"));
        counting.put(IndicatorDefinition.CHILD_CONVERSATION, childConversation());
        counting.put(IndicatorDefinition.SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED, schoolContactWhenSchoolReported());
        counting.put(IndicatorDefinition.INTERVENTION_ACCEPTED, interventionAccepted());
        counting.put(IndicatorDefinition.INTERVENTION_COMPLETED, interventionCompleted());
        counting.put(IndicatorDefinition.WAIT_DECISION_TO_START_DAYS, waitDecisionToStartDays());
        counting.put(IndicatorDefinition.REPORT_TO_FIRST_HELP_DAYS, reportToFirstHelpDays());
        counting.put(IndicatorDefinition.IMPROVED_SDQ_TOTAL, outcome(IndicatorDefinition.IMPROVED_SDQ_TOTAL));
        counting.put(IndicatorDefinition.IMPROVED_ATTENDANCE, outcome(IndicatorDefinition.IMPROVED_ATTENDANCE));
        counting.put(IndicatorDefinition.IMPROVED_RESULTS, outcome(IndicatorDefinition.IMPROVED_RESULTS));
        counting.put(IndicatorDefinition.EXPERIENCED_COORDINATED_SUPPORT,
                outcome(IndicatorDefinition.EXPERIENCED_COORDINATED_SUPPORT));
        counting.put(IndicatorDefinition.STOPS_HELD_IN_TIME, stopsHeldInTime());
        counting.put(IndicatorDefinition.ADULT_DECISION_WITH_CHILD_IMPACT_ANALYSIS, adultDecisionWithAnalysis());
        counting.put(IndicatorDefinition.FORUM_CONSULTATION_WITH_CONSENT, forumConsultationWithConsent());
        counting.put(IndicatorDefinition.REFERRAL_FOLLOWED_UP, referralFollowedUp());
        counting.put(IndicatorDefinition.REFERRAL_HELP_RECEIVED, referralHelpReceived());
        counting.put(IndicatorDefinition.SIP_ACCEPTED, sip("SIP", "s.accepted_on is not null"));
        counting.put(IndicatorDefinition.SIP_HELD, sip("SIP", "s.held_on is not null"));
        counting.put(IndicatorDefinition.INTERN_SIP_OFFERED, internSipOffered());
        counting.put(IndicatorDefinition.INTERN_SIP_ACCEPTED, sip("INTERN_SIP", "s.accepted_on is not null"));
        counting.put(IndicatorDefinition.INTERN_SIP_HELD, sip("INTERN_SIP", "s.held_on is not null"));
        counting.put(IndicatorDefinition.PLACED_WITH_HOME_PLAN, outcome(IndicatorDefinition.PLACED_WITH_HOME_PLAN));
        counting.put(IndicatorDefinition.PLACED_WITH_SCHOOL_RESPONSIBILITY,
                outcome(IndicatorDefinition.PLACED_WITH_SCHOOL_RESPONSIBILITY));
    }

    /**
     * Counted with their own age and area, since an anonymous consultation has no child: the first year of the age
     * group the question names, and the kind of the area the forum serves. No matter, no child, no level.
     */
    private static String forumConsultationWithConsent() {
        return """
                select null::uuid as matter_id, null::uuid as child_id, m.held_on as anchor, m.held_on as period_on,
                       null::text as level, k.consultation_id is not null as hit, null::int as days,
                       case c.age_group when 'UNDER_6' then 0 when 'SCHOOL_AGE' then 6 else 13 end as age,
                       a.kind as area
                from forum_consultation c join forum_meeting m on m.id = c.meeting_id join forum f on f.id = m.forum_id
                left join area a on a.id = f.area_id
                left join forum_consultation_consent k on k.consultation_id = c.id
                where m.held_on between :from and :to""";
    }

    private static String referralFollowedUp() {
        return """
                select f.matter_id, f.child_id, f.referred_on as anchor, f.referred_on as period_on, f.level,
                       f.last_followed_up_on is not null as hit, null::int as days, f.age, f.area
                from indicator_referral f where f.referred_on between :from and :to""";
    }

    /** The latest follow-up of each referral says where it stands; counted in the period of that follow-up. */
    private static String referralHelpReceived() {
        return """
                select f.matter_id, f.child_id, f.referred_on as anchor, f.last_followed_up_on as period_on, f.level,
                       f.help_received as hit, null::int as days, f.age, f.area
                from indicator_referral f where f.last_followed_up_on between :from and :to""";
    }

    private static String reportChildKnownBefore() {
        return """
                select f.matter_id, f.child_id, f.received_on as anchor, f.received_on as period_on, f.level,
                       f.known_before as hit, null::int as days, f.age, f.area
                from indicator_report_child f where f.received_on between :from and :to""";
    }

    private static String reactualised() {
        return """
                select f.matter_id, f.child_id, f.opened_on as anchor, f.opened_on as period_on,
                       f.level_when_opened as level, f.reactualised as hit, null::int as days, f.age, f.area
                from indicator_investigation f where f.opened_on between :from and :to""";
    }

    /** A conversation counts when it was held (the note has the child's views, not a reason why not) and signed. */
    private static String childConversation() {
        return closed("f.child_conversation", "f.age >= 3");
    }

    private static String schoolContactWhenSchoolReported() {
        return closed("f.school_contact", "f.school_reported");
    }

    private static String interventionAccepted() {
        return intervention("f.offered_on", "f.accepted_on is not null as hit, null::int as days",
                "f.offered_on between :from and :to");
    }

    private static String interventionCompleted() {
        return intervention("f.ended_on", "f.completed_on is not null as hit, null::int as days",
                "f.accepted_on is not null and f.ended_on between :from and :to");
    }

    private static String waitDecisionToStartDays() {
        return intervention("f.started_on", "true as hit, f.started_on - f.decided_on as days",
                "f.decided_on is not null and f.started_on between :from and :to");
    }

    /** Interventions anchored on their offer date, at the level of the investigation that granted them. */
    private static String intervention(String periodOn, String counted, String which) {
        return """
                select f.matter_id, f.child_id, f.offered_on as anchor, %s as period_on, f.level, %s, f.age, f.area
                from indicator_intervention f where %s""".formatted(periodOn, counted, which);
    }

    /** The first help is the first started intervention granted in the investigation, chosen over all time. */
    private static String reportToFirstHelpDays() {
        return """
                select f.matter_id, f.child_id, f.offered_on as anchor, f.started_on as period_on,
                       f.investigation_level as level, true as hit, f.first_help_days as days, f.age, f.area
                from indicator_intervention f
                where f.first_help_days is not null and f.started_on between :from and :to""";
    }

    /**
     * The outcomes measured in a matter (SDQ, attendance, results, coordinated support) and the placements begun in
     * it: how each is paired, compared and counted is said beside its view, {@code indicator_outcome_counted} (V35_2).
     */
    private static String outcome(IndicatorDefinition definition) {
        return """
                select f.matter_id, f.child_id, f.anchor, f.period_on, f.level, f.hit, null::int as days, f.age, f.area
                from indicator_outcome f where f.indicator = '%s' and f.period_on between :from and :to"""
                .formatted(definition.name());
    }

    /**
     * Each stop on the day it fell due (a stop of a working-day limit once that day has passed), counted for the
     * child of the family's children and youth matter; held in time when consulted by then.
     */
    private static String stopsHeldInTime() {
        return """
                select f.matter_id, f.child_id, f.matched_on as anchor, f.due_on as period_on, f.level,
                       f.held_in_time as hit, null::int as days, f.age, f.area
                from indicator_stop f
                where f.due_on between :from and :to and (f.gate <> 'WITHIN_WORKING_DAYS' or f.due_on < current_date)""";
    }

    /** One row per decision and child of the adult: a guardian's, parent's or household's child under 18 that day. */
    private static String adultDecisionWithAnalysis() {
        return """
                select d.matter_id, c.id as child_id, d.decided_on as anchor, d.decided_on as period_on,
                       null::text as level,
                       exists (select 1 from child_impact_analysis a
                               join child_impact_consequence k on k.analysis_id = a.id
                               where a.child_id = c.id and k.matter_id = d.matter_id and k.consequence is not null
                                 and a.made_on <= d.decided_on)
                           as hit,
                       null::int as days
                from adult_decision d
                cross join lateral (
                    select distinct p.id from person_relation r
                    join person p on p.id = case when r.person_id = d.person_id then r.related_person_id
                                                 else r.person_id end
                    where (r.person_id = d.person_id or r.related_person_id = d.person_id)
                      and r.type in ('GUARDIAN', 'PARENT', 'HOUSEHOLD')
                      and p.birth_date <= d.decided_on
                      and p.birth_date > (d.decided_on - interval '18 years')::date) c
                where d.decided_on between :from and :to""";
    }

    /** Plans of the kind offered in the period, anchored on the offer; a plan in a matter has the matter's level. */
    private static String sip(String kind, String hit) {
        return """
                select s.matter_id, s.person_id as child_id, s.offered_on as anchor, s.offered_on as period_on,
                       %s as level, (%s) as hit, null::int as days
                from sip s where s.kind = '%s' and s.offered_on between :from and :to""".formatted(
                MATTER_LEVEL_ON.formatted("s.matter_id", "s.offered_on"), hit, kind);
    }

    /**
     * Skärholmen's target group: a young adult of 18-21 whose matter in an adult unit or financial aid began in the
     * period, counted once at the first such matter; offered when an Intern-SIP was offered from that day on.
     */
    private static String internSipOffered() {
        return """
                select distinct on (f.person_id) f.matter_id, f.person_id as child_id, f.opened_on as anchor,
                       f.opened_on as period_on, null::text as level, f.intern_sip_offered as hit, null::int as days,
                       f.age, f.area
                from indicator_young_adult_matter f where f.opened_on between :from and :to
                order by f.person_id, f.opened_at""";
    }

    /** Investigations closed in the period, anchored on their opening date, that meet {@code which}. */
    private static String closed(String hit, String which) {
        return """
                select f.matter_id, f.child_id, f.opened_on as anchor, f.closed_on as period_on,
                       f.level_when_opened as level, (%s) as hit, null::int as days, f.age, f.area
                from indicator_investigation f
                where f.closed_on between :from and :to and (%s)""".formatted(hit, which);
    }

    /** The counts for the filter's area, and for pilot and ordinary services apart, in one query. */
    Map<AreaChoice, Counted> counted(IndicatorDefinition definition, IndicatorFilter filter) {
        Map<AreaChoice, Counted> byArea = new EnumMap<>(AreaChoice.class);
        for (AreaChoice area : AreaChoice.values()) {
            byArea.put(area, Counted.NONE);
        }
        jdbc.sql(located(definition) + "select case when grouping(l.area) = 1 then 'ALL' else l.area end, "
                        + aggregates(definition) + """

                        from located l where %s
                        group by grouping sets ((l.area), ())
                        having grouping(l.area) = 1 or l.area is not null""".formatted(KEPT))
                .params(parameters(filter))
                .query((rs, n) -> {
                    byArea.put(AreaChoice.valueOf(rs.getString(1)), counted(rs, 2));
                    return null;
                }).list();
        return byArea;
    }

    /** The counts month by month over the filter's period, in the pilot area and in ordinary services. */
    List<Month> series(IndicatorDefinition definition, IndicatorFilter filter) {
        Map<LocalDate, Map<AreaChoice, Counted>> months = new java.util.TreeMap<>();
        for (LocalDate month = filter.from().withDayOfMonth(1); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
            months.put(month, new EnumMap<>(AreaChoice.class));
        }
        jdbc.sql(located(definition) + "select date_trunc('month', l.period_on)::date, l.area, " + aggregates(definition) + """

                        from located l where %s and l.area is not null
                        group by 1, 2""".formatted(KEPT))
                .params(parameters(filter))
                .query((rs, n) -> {
                    months.get(rs.getObject(1, LocalDate.class)).put(AreaChoice.valueOf(rs.getString(2)), counted(rs, 3));
                    return null;
                }).list();
        List<Month> series = new ArrayList<>();
        months.forEach((month, byArea) -> series.add(new Month(month, byArea)));
        return series;
    }

    /**
     * The things counted, as rows, for those who may open the matters behind a number: the latest first,
     * only those in the numerator (hit true) or only the rest (false) when {@code hit} is given.
     */
    List<Row> behind(IndicatorDefinition definition, IndicatorFilter filter, Boolean hit, int limit) {
        return jdbc.sql(located(definition) + """
                        select l.matter_id, l.child_id, l.anchor, l.period_on, l.level, l.hit, l.days
                        from located l where %s and (cast(:hit as boolean) is null or l.hit = :hit)
                        order by l.period_on desc, l.matter_id limit :limit""".formatted(KEPT))
                .params(parameters(filter)).param("hit", hit, java.sql.Types.BOOLEAN).param("limit", limit)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getBoolean(6), (Integer) rs.getObject(7)))
                .list();
    }

    /** The counted rows with the child's age and area on the anchor date. */
    private String located(IndicatorDefinition definition) {
        if (WITH_AGE_AND_AREA.contains(definition)) {
            return "with located as (" + counting.get(definition) + ")\n";
        }
        // Counted first, on its own: the planner would otherwise join every matter to its child before the period.
        // Age and area are looked up per counted row (a row without a child has no age, so no age group keeps it).
        return "with counted as materialized (" + counting.get(definition) + """
                ),
                located as (
                    select c.*, (select extract(year from age(c.anchor, p.birth_date)) from person p
                                 where p.id = c.child_id) as age,
                           (select a.kind from person_area pa join area a on a.id = pa.area_id
                            where pa.person_id = c.child_id and pa.from_date <= c.anchor
                            order by pa.from_date desc limit 1) as area
                    from counted c)
                """;
    }

    private static final String KEPT = """
            l.age between :youngest and :oldest and (:area = 'ALL' or l.area = :area)
              and (:level = 'ALL' or l.level = :level)""";

    private static String aggregates(IndicatorDefinition definition) {
        return definition.unit() == IndicatorUnit.DAYS
                ? "0, count(*), percentile_cont(0.5) within group (order by l.days)"
                : "count(*) filter (where l.hit), count(*), null::float8";
    }

    private static Counted counted(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new Counted(rs.getLong(first), rs.getLong(first + 1), (Double) rs.getObject(first + 2));
    }

    private static Map<String, Object> parameters(IndicatorFilter filter) {
        return Map.of("from", filter.from(), "to", filter.to(),
                "youngest", filter.ageGroup().youngest(), "oldest", filter.ageGroup().oldest(),
                "area", filter.area().name(), "level", filter.level() == null ? "ALL" : filter.level().name());
    }
}
