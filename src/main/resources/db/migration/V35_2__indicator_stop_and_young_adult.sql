-- The projection of ADR 22 takes the two indicators that still read the case tables (issue 11): the stops of the
-- routines, each with the day it fell due and whether it was held in time, and the young adults whose adult or
-- financial aid matter began, with whether they were offered an Intern-SIP. A stop's due day follows from the
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
            where mm.match_id = rm.id and m.kind = 'CHILD_AND_YOUTH' order by m.opened_at limit 1) as matter_id,
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

create index indicator_stop_match_idx on indicator_stop (match_id);
create index indicator_stop_due_idx on indicator_stop (due_on);
create index indicator_young_adult_matter_person_idx on indicator_young_adult_matter (person_id);
create index indicator_young_adult_matter_opened_idx on indicator_young_adult_matter (opened_on);

-- As V35_1's, and the stops of every match that holds a matter of one of the persons.
create or replace function indicator_refresh(children uuid[]) returns void language plpgsql
    security definer set search_path = public as $$
declare
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
    matches := array(select distinct mm.match_id from matter m join routine_match_matter mm on mm.matter_id = m.id
                     where m.person_id in (select unnest(children)));
    -- A match is refreshed by one writer at a time too: its matters are those of several persons.
    perform 1 from routine_match where id in (select unnest(matches)) order by id for no key update;
    delete from indicator_stop where match_id in (select unnest(matches));
    insert into indicator_stop select * from indicator_stop_counted where match_id in (select unnest(matches));
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

insert into indicator_stop select * from indicator_stop_counted;
insert into indicator_young_adult_matter select * from indicator_young_adult_matter_counted;
analyze indicator_stop, indicator_young_adult_matter;
