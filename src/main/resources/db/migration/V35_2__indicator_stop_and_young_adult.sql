-- The projection of ADR 22 takes the indicators that still read the case tables and cost most (issue 11): the stops
-- of the routines, each with the day it fell due and whether it was held in time; the young adults whose adult or
-- financial aid matter began, with whether they were offered an Intern-SIP; and the outcomes measured in a matter
-- (SDQ, school, coordinated support) and the placements begun in it. A stop's due day follows from the
-- events of every matter in its routine match (the parent's adult decision as much as the child's investigation),
-- so a touched person's stops are refreshed a match at a time: every match that holds one of the person's matters.

-- Each stop whose family has a children and youth matter in the match (the first opened), anchored on the day the
-- family started to match, with the child's age and area that day and the matter's level. Due: the last working
-- day of its limit, or the first gated event in one of the match's matters (of the stop's kind, when it names one)
-- from the matching on; null while no such event has happened. Held in time: a consultation at the stop, on or
-- before the day it fell due (before an investigation plan, any consultation at the stop).
create view indicator_stop_counted as
select due.stop_id, due.match_id, due.matter_id, m.person_id as child_id, due.matched_on, due.gate, due.due_on,
       extract(year from age(due.matched_on, p.birth_date))::int as age,
       (select a.kind from person_area pa join area a on a.id = pa.area_id
        where pa.person_id = m.person_id and pa.from_date <= due.matched_on order by pa.from_date desc limit 1) as area,
       (select l.level from matter_level_change l
        where l.matter_id = due.matter_id and (l.changed_at at time zone 'Europe/Stockholm')::date <= due.matched_on
        order by l.changed_at desc limit 1) as level,
       exists (select 1 from stop_consultation c where c.stop_id = due.stop_id
               and (due.gate = 'BEFORE_INVESTIGATION_PLAN' or c.held_on <= due.due_on)) as held_in_time
from (
    select s.id as stop_id, s.match_id, s.gate, rm.matched_on,
           (select m.id from routine_match_matter mm join matter m on m.id = mm.matter_id
            where mm.match_id = rm.id and m.kind = 'CHILD_AND_YOUTH' order by m.opened_at, m.id limit 1) as matter_id,
           case when s.gate = 'WITHIN_WORKING_DAYS' then s.due_on else (
               select min(e.on_date)
               from routine_match_matter mm join matter m on m.id = mm.matter_id
               cross join lateral (
                   select greatest(i.opened_on, rm.matched_on) from investigation i
                   where s.gate = 'BEFORE_INVESTIGATION_PLAN' and i.matter_id = m.id
                     and i.plan is not null and (i.closed_on is null or i.closed_on >= rm.matched_on)
                   union all
                   select d.decided_on from decision d where s.gate = 'BEFORE_DECISION'
                     and d.matter_id = m.id and d.decided_on >= rm.matched_on
                   union all
                   select a.decided_on from adult_decision a where s.gate = 'BEFORE_DECISION'
                     and a.matter_id = m.id and a.decided_on >= rm.matched_on
                   union all
                   select v.offered_on from intervention v where s.gate = 'BEFORE_COMMISSIONING'
                     and v.matter_id = m.id and v.offered_on >= rm.matched_on
                   union all
                   select j.commissioned_on from joint_commission j
                   join child_impact_consequence k on k.analysis_id = j.analysis_id
                   where s.gate = 'BEFORE_COMMISSIONING' and k.matter_id = m.id
                     and j.commissioned_on >= rm.matched_on
                   union all
                   select coalesce(v.completed_on, v.ended_early_on) from intervention v
                   where s.gate = 'AT_FOLLOW_UP' and v.matter_id = m.id
                     and coalesce(v.completed_on, v.ended_early_on) >= rm.matched_on) e(on_date)
               where mm.match_id = rm.id and (s.matter_kind is null or m.kind = s.matter_kind)) end as due_on
    from stop s join routine_match rm on rm.id = s.match_id) due
join matter m on m.id = due.matter_id join person p on p.id = m.person_id;

-- Skärholmen's target group: each matter in an adult unit or financial aid of a person 18-21 years old the day it
-- began (the indicator counts a person once, at the first of these in its period), with the area that day, and
-- whether an Intern-SIP was offered to the person from that day on.
create view indicator_young_adult_matter_counted as
select m.id as matter_id, m.person_id, m.opened_at, d.opened_on,
       extract(year from age(d.opened_on, p.birth_date))::int as age,
       (select a.kind from person_area pa join area a on a.id = pa.area_id
        where pa.person_id = m.person_id and pa.from_date <= d.opened_on order by pa.from_date desc limit 1) as area,
       exists (select 1 from sip s where s.person_id = m.person_id and s.kind = 'INTERN_SIP'
               and s.offered_on >= d.opened_on) as intern_sip_offered
from matter m join person p on p.id = m.person_id
cross join lateral (select (m.opened_at at time zone 'Europe/Stockholm')::date as opened_on) d
where m.kind in ('ADDICTION', 'SOCIAL_PSYCHIATRY', 'DOMESTIC_VIOLENCE', 'FINANCIAL_AID')
  and extract(year from age(d.opened_on, p.birth_date)) between 18 and 21;

-- The outcomes measured in a matter and the placements begun in it, a row per thing counted, named by its indicator,
-- anchored on the start of what is compared (the placement's start), counted in the period of its end (the start),
-- at the matter's level on the anchor day, with the child's age and area that day.
--   IMPROVED_SDQ_TOTAL: one pair per matter, chosen over all time: the last SDQ at the start and the last at the end
--     by the same informant, the parent's pair before the young person's own and the teacher's; improved when the
--     total difficulties score fell by at least 3.
--   IMPROVED_ATTENDANCE: the school outcome at the start against the one at the end; improved when attendance rose
--     by at least 5 percentage points.
--   IMPROVED_RESULTS: improved when a larger share of the assessed subjects reaches the expected level or a pass;
--     only results of the same kind are compared (IUP assessments with IUP, grades with grades).
--   EXPERIENCED_COORDINATED_SUPPORT: one row per questionnaire with at least three answers; a JSON null (a question
--     left unanswered) counts in neither; experienced when the mean answer is at least 4.
--   PLACED_WITH_HOME_PLAN, PLACED_WITH_SCHOOL_RESPONSIBILITY: placements (foster home, emergency foster home,
--     residential care) with a plan for the return home; for a child of school age (6-17 at the start), with the
--     school named and its responsibility before, during and after the placement.
create view indicator_outcome_counted as
select o.indicator, o.matter_id, o.child_id, o.anchor, o.period_on,
       (select l.level from matter_level_change l
        where l.matter_id = o.matter_id and (l.changed_at at time zone 'Europe/Stockholm')::date <= o.anchor
        order by l.changed_at desc limit 1) as level,
       o.hit,
       extract(year from age(o.anchor, p.birth_date))::int as age,
       (select a.kind from person_area pa join area a on a.id = pa.area_id
        where pa.person_id = o.child_id and pa.from_date <= o.anchor order by pa.from_date desc limit 1) as area
from (
    select 'IMPROVED_SDQ_TOTAL' as indicator, q.matter_id, q.child_id, q.anchor, q.period_on, q.hit from (
        select distinct on (s.matter_id) s.matter_id, s.person_id as child_id, s.administered_on as anchor,
               e.administered_on as period_on,
               (e.scores ->> 'totalDifficulties')::int <= (s.scores ->> 'totalDifficulties')::int - 3 as hit
        from instrument_administration s
        join lateral (select x.* from instrument_administration x
                      where x.matter_id = s.matter_id and x.person_id = s.person_id and x.instrument = 'SDQ'
                        and x.informant = s.informant and x.time_point = 'END'
                        and x.scores ->> 'totalDifficulties' is not null
                      order by x.administered_on desc limit 1) e on true
        where s.instrument = 'SDQ' and s.time_point = 'START' and s.scores ->> 'totalDifficulties' is not null
        order by s.matter_id, case s.informant when 'PARENT' then 0 when 'SELF' then 1 else 2 end,
                 s.administered_on desc) q
    union all
    select 'IMPROVED_ATTENDANCE', s.matter_id, s.child_id, s.recorded_on, e.recorded_on,
           e.attendance_percent >= s.attendance_percent + 5
    from school_outcome s join school_outcome e on e.matter_id = s.matter_id and e.time_point = 'END'
    where s.time_point = 'START' and s.attendance_percent is not null and e.attendance_percent is not null
    union all
    select 'IMPROVED_RESULTS', s.matter_id, s.child_id, s.recorded_on, e.recorded_on,
           e.subjects_passed * s.subjects_assessed > s.subjects_passed * e.subjects_assessed
    from school_outcome s join school_outcome e on e.matter_id = s.matter_id and e.time_point = 'END'
    where s.time_point = 'START' and s.subjects_assessed is not null and e.subjects_assessed is not null
      and s.result_kind = e.result_kind
    union all
    select 'EXPERIENCED_COORDINATED_SUPPORT', a.matter_id, m.person_id, a.answered_on, a.answered_on,
           (select avg(x::numeric) from jsonb_array_elements_text(a.answers) x) >= 4
    from coordinated_support_answer a join matter m on m.id = a.matter_id
    where (select count(x) from jsonb_array_elements_text(a.answers) x) >= 3
    union all
    select 'PLACED_WITH_HOME_PLAN', v.matter_id, v.child_id, v.started_on, v.started_on,
           coalesce(pp.home_plan is not null, false)
    from intervention v left join placement_plan pp on pp.intervention_id = v.id
    where v.code in ('FOSTER_HOME', 'EMERGENCY_FOSTER_HOME', 'RESIDENTIAL_CARE') and v.started_on is not null
    union all
    select 'PLACED_WITH_SCHOOL_RESPONSIBILITY', v.matter_id, v.child_id, v.started_on, v.started_on,
           coalesce(pp.school_name is not null and pp.school_before is not null and pp.school_during is not null
                    and pp.school_after is not null, false)
    from intervention v join person c on c.id = v.child_id left join placement_plan pp on pp.intervention_id = v.id
    where v.code in ('FOSTER_HOME', 'EMERGENCY_FOSTER_HOME', 'RESIDENTIAL_CARE') and v.started_on is not null
      and extract(year from age(v.started_on, c.birth_date)) between 6 and 17) o
left join person p on p.id = o.child_id;

create table indicator_stop (
    stop_id      uuid primary key,
    match_id     uuid not null,
    matter_id    uuid not null,
    child_id     uuid not null,
    matched_on   date not null,
    gate         text not null,
    due_on       date,
    age          int,
    area         text,
    level        text,
    held_in_time boolean not null
);

create table indicator_young_adult_matter (
    matter_id          uuid primary key,
    person_id          uuid not null,
    opened_at          timestamptz not null,
    opened_on          date not null,
    age                int,
    area               text,
    intern_sip_offered boolean not null
);

create table indicator_outcome (
    indicator text not null,
    matter_id uuid not null,
    child_id  uuid not null,
    anchor    date not null,
    period_on date not null,
    level     text,
    hit       boolean,
    age       int,
    area      text
);

create index indicator_outcome_matter_idx on indicator_outcome (matter_id);
create index indicator_outcome_period_idx on indicator_outcome (indicator, period_on);
create index indicator_stop_match_idx on indicator_stop (match_id);
create index indicator_stop_due_idx on indicator_stop (due_on);
create index indicator_young_adult_matter_person_idx on indicator_young_adult_matter (person_id);
create index indicator_young_adult_matter_opened_idx on indicator_young_adult_matter (opened_on);

-- As V35_1's, and the outcomes and placements of the persons' matters, and the stops of every match that holds a
-- matter of one of the persons.
create or replace function indicator_refresh(children uuid[]) returns void language plpgsql
    security definer set search_path = public as $$
declare
    matters uuid[];
    matches uuid[];
begin
    -- Two writers of one child's work take turns, and the second counts what the first committed.
    perform 1 from person where id in (select unnest(children)) order by id for no key update;
    delete from indicator_report_child where child_id in (select unnest(children));
    insert into indicator_report_child select * from indicator_report_child_counted
    where child_id in (select unnest(children));
    delete from indicator_investigation where child_id in (select unnest(children));
    insert into indicator_investigation select * from indicator_investigation_counted
    where child_id in (select unnest(children));
    delete from indicator_intervention where child_id in (select unnest(children));
    insert into indicator_intervention select * from indicator_intervention_counted
    where child_id in (select unnest(children));
    delete from indicator_referral where child_id in (select unnest(children));
    insert into indicator_referral select * from indicator_referral_counted
    where child_id in (select unnest(children));
    delete from indicator_young_adult_matter where person_id in (select unnest(children));
    insert into indicator_young_adult_matter select * from indicator_young_adult_matter_counted
    where person_id in (select unnest(children));
    -- An array, not a subquery: only a value reaches into each branch of the view's union.
    matters := array(select id from matter where person_id in (select unnest(children)));
    delete from indicator_outcome where matter_id = any(matters);
    insert into indicator_outcome select * from indicator_outcome_counted where matter_id = any(matters);
    matches := array(select distinct mm.match_id from matter m join routine_match_matter mm on mm.matter_id = m.id
                     where m.person_id in (select unnest(children)));
    -- A match is refreshed by one writer at a time too: its matters are those of several persons.
    perform 1 from routine_match where id in (select unnest(matches)) order by id for no key update;
    delete from indicator_stop where match_id = any(matches);
    insert into indicator_stop select * from indicator_stop_counted where match_id = any(matches);
end;
$$;

-- The persons whose matters are in the written rows' routine matches.
create function indicator_match_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select m.person_id from routine_match_matter mm join matter m on m.id = mm.matter_id
                                    where mm.match_id in (select match_id from changed)));
    return null;
end;
$$;

create function indicator_consultation_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select m.person_id from stop s
                                    join routine_match_matter mm on mm.match_id = s.match_id
                                    join matter m on m.id = mm.matter_id
                                    where s.id in (select stop_id from changed)));
    return null;
end;
$$;

create function indicator_commission_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select m.person_id from child_impact_consequence k
                                    join matter m on m.id = k.matter_id
                                    where k.analysis_id in (select analysis_id from changed)));
    return null;
end;
$$;

create trigger indicator_instrument_inserted after insert on instrument_administration
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_instrument_updated after update on instrument_administration
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_school_outcome_inserted after insert on school_outcome
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_school_outcome_updated after update on school_outcome
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_support_answer_inserted after insert on coordinated_support_answer
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_support_answer_updated after update on coordinated_support_answer
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_placement_plan_inserted after insert on placement_plan
    referencing new table as changed for each statement execute function indicator_child_written();
create trigger indicator_placement_plan_updated after update on placement_plan
    referencing new table as changed for each statement execute function indicator_child_written();
create trigger indicator_matter_inserted after insert on matter
    referencing new table as changed for each statement execute function indicator_person_written();
create trigger indicator_sip_inserted after insert on sip
    referencing new table as changed for each statement execute function indicator_person_written();
create trigger indicator_sip_updated after update on sip
    referencing new table as changed for each statement execute function indicator_person_written();
create trigger indicator_decision_matter_inserted after insert on decision
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_decision_matter_updated after update on decision
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_adult_decision_inserted after insert on adult_decision
    referencing new table as changed for each statement execute function indicator_person_written();
create trigger indicator_adult_decision_updated after update on adult_decision
    referencing new table as changed for each statement execute function indicator_person_written();
create trigger indicator_consequence_inserted after insert on child_impact_consequence
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_consequence_updated after update on child_impact_consequence
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_commission_inserted after insert on joint_commission
    referencing new table as changed for each statement execute function indicator_commission_written();
create trigger indicator_commission_updated after update on joint_commission
    referencing new table as changed for each statement execute function indicator_commission_written();
create trigger indicator_match_matter_inserted after insert on routine_match_matter
    referencing new table as changed for each statement execute function indicator_match_written();
create trigger indicator_stop_inserted after insert on stop
    referencing new table as changed for each statement execute function indicator_match_written();
create trigger indicator_stop_updated after update on stop
    referencing new table as changed for each statement execute function indicator_match_written();
create trigger indicator_consultation_inserted after insert on stop_consultation
    referencing new table as changed for each statement execute function indicator_consultation_written();
create trigger indicator_consultation_updated after update on stop_consultation
    referencing new table as changed for each statement execute function indicator_consultation_written();

insert into indicator_outcome select * from indicator_outcome_counted;
insert into indicator_stop select * from indicator_stop_counted;
insert into indicator_young_adult_matter select * from indicator_young_adult_matter_counted;
analyze indicator_outcome, indicator_stop, indicator_young_adult_matter;
