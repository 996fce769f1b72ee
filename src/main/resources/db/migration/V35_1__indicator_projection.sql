-- The follow-up's projection of the things most indicators count (issue 11, ADR 22): one row per child of a report,
-- per investigation, per intervention and per referral, with its dates, the child's age and area on the anchor date,
-- the level when the work was opened and the facts each indicator asks of it (known before, re-actualised, a
-- conversation with the child held, days to the first help, the latest follow-up). Counting a city-year then reads
-- these rows once, instead of looking up every counted child's area, age, earlier reports and notes row by row on
-- every view. The database keeps the rows current in the same transaction as the write they follow, as it commits, a
-- child at a time: every fact below is a fact about one child's own reports, investigations, interventions, notes,
-- decisions, referrals and areas.

-- In each view, age is the child's age in whole years on the anchor date, and area the kind of area (PILOT or
-- ORDINARY) the child was registered in that day: null before the first registration.

-- Each child of a report, anchored on the day the report was received. Level: the preliminary assessment's, else
-- the level when the report's investigation in the child's matter was opened. Known before: the child had an
-- earlier report, an investigation opened or an intervention offered before that day.
create view indicator_report_child_counted as
select rc.report_id, rc.child_id, rc.matter_id, d.received_on,
       extract(year from age(d.received_on, p.birth_date))::int as age,
       (select a.kind from person_area pa join area a on a.id = pa.area_id
        where pa.person_id = rc.child_id and pa.from_date <= d.received_on order by pa.from_date desc limit 1) as area,
       coalesce((select pa.level from preliminary_assessment pa
                 where pa.report_id = r.id and pa.child_id = rc.child_id),
                (select i.level_when_opened from investigation i where i.report_id = r.id
                   and i.matter_id = rc.matter_id)) as level,
       exists (select 1 from report_child e join report er on er.id = e.report_id
               where e.child_id = rc.child_id
                 and (er.received_at at time zone 'Europe/Stockholm')::date < d.received_on)
    or exists (select 1 from investigation i join matter m on m.id = i.matter_id
               where m.person_id = rc.child_id and i.opened_on < d.received_on)
    or exists (select 1 from intervention v where v.child_id = rc.child_id and v.offered_on < d.received_on)
       as known_before
from report_child rc join report r on r.id = rc.report_id join person p on p.id = rc.child_id
cross join lateral (select (r.received_at at time zone 'Europe/Stockholm')::date as received_on) d;

-- Each investigation, anchored on its opening day. Re-actualised: the child had another investigation closed within
-- the 12 months before. A conversation with the child (held, not a reason why not) or a contact with school, signed
-- and dated from opening to closing; whether the report behind it came from school or preschool.
create view indicator_investigation_counted as
select i.id as investigation_id, i.matter_id, m.person_id as child_id, i.opened_on, i.closed_on, i.level_when_opened,
       extract(year from age(i.opened_on, p.birth_date))::int as age,
       (select a.kind from person_area pa join area a on a.id = pa.area_id
        where pa.person_id = m.person_id and pa.from_date <= i.opened_on order by pa.from_date desc limit 1) as area,
       exists (select 1 from investigation e join matter em on em.id = e.matter_id
               where em.person_id = m.person_id and e.id <> i.id
                 and e.closed_on <= i.opened_on
                 and e.closed_on >= (i.opened_on - interval '12 months')::date) as reactualised,
       exists (select 1 from case_note n where n.matter_id = i.matter_id and n.type = 'CONVERSATION_WITH_CHILD'
               and n.no_conversation_reason is null and n.signed_at is not null
               and n.occurred_on between i.opened_on and i.closed_on) as child_conversation,
       exists (select 1 from case_note n where n.matter_id = i.matter_id and n.type = 'SCHOOL_CONTACT'
               and n.signed_at is not null and n.occurred_on between i.opened_on and i.closed_on) as school_contact,
       coalesce((select r.reporter_category in ('SCHOOL', 'PRESCHOOL') from report r where r.id = i.report_id),
                false) as school_reported
from investigation i join matter m on m.id = i.matter_id join person p on p.id = m.person_id;

-- Each intervention, anchored on the day it was offered. Level: the level when the investigation that granted it was
-- opened, else the matter's level that day. First help: the first started intervention granted in its investigation
-- (by start day, then id), with the days from the receipt of the investigation's report to its start.
create view indicator_intervention_counted as
select v.id as intervention_id, v.matter_id, v.child_id, v.offered_on, v.accepted_on, v.decided_on, v.started_on,
       v.completed_on, coalesce(v.completed_on, v.ended_early_on) as ended_on,
       extract(year from age(v.offered_on, p.birth_date))::int as age,
       (select a.kind from person_area pa join area a on a.id = pa.area_id
        where pa.person_id = v.child_id and pa.from_date <= v.offered_on order by pa.from_date desc limit 1) as area,
       g.level_when_opened as investigation_level,
       coalesce(g.level_when_opened,
                (select l.level from matter_level_change l
                 where l.matter_id = v.matter_id
                   and (l.changed_at at time zone 'Europe/Stockholm')::date <= v.offered_on
                 order by l.changed_at desc limit 1)) as level,
       f.days as first_help_days
from intervention v join person p on p.id = v.child_id
left join lateral (select i.level_when_opened from decision d join investigation i on i.id = d.investigation_id
                   where d.id = v.decision_id) g on true
left join lateral (
    select v.started_on - (r.received_at at time zone 'Europe/Stockholm')::date as days
    from decision d join investigation i on i.id = d.investigation_id join report r on r.id = i.report_id
    where d.id = v.decision_id and d.outcome = 'GRANTED' and v.started_on is not null
      and not exists (select 1 from intervention w where w.decision_id = v.decision_id and w.started_on is not null
                        and (w.started_on, w.id) < (v.started_on, v.id))) f on true;

-- Each referral of the child and family to another actor, anchored on the day it was made, at the matter's level that
-- day: the child of its matter, and its latest follow-up (by day, then by recording), if any.
create view indicator_referral_counted as
select r.id as referral_id, r.matter_id, m.person_id as child_id, r.referred_on,
       extract(year from age(r.referred_on, p.birth_date))::int as age,
       (select a.kind from person_area pa join area a on a.id = pa.area_id
        where pa.person_id = m.person_id and pa.from_date <= r.referred_on order by pa.from_date desc limit 1) as area,
       (select l.level from matter_level_change l
        where l.matter_id = r.matter_id and (l.changed_at at time zone 'Europe/Stockholm')::date <= r.referred_on
        order by l.changed_at desc limit 1) as level,
       f.followed_up_on as last_followed_up_on, f.help_received
from referral r join matter m on m.id = r.matter_id join person p on p.id = m.person_id
left join lateral (select x.followed_up_on, x.help_received from referral_follow_up x where x.referral_id = r.id
                   order by x.followed_up_on desc, x.recorded_at desc limit 1) f on true;

create table indicator_report_child (
    report_id    uuid not null,
    child_id     uuid not null,
    matter_id    uuid not null,
    received_on  date not null,
    age          int,
    area         text,
    level        text,
    known_before boolean not null,
    primary key (report_id, child_id)
);

create table indicator_investigation (
    investigation_id   uuid primary key,
    matter_id          uuid not null,
    child_id           uuid not null,
    opened_on          date not null,
    closed_on          date,
    level_when_opened  text,
    age                int,
    area               text,
    reactualised       boolean not null,
    child_conversation boolean not null,
    school_contact     boolean not null,
    school_reported    boolean not null
);

create table indicator_intervention (
    intervention_id     uuid primary key,
    matter_id           uuid not null,
    child_id            uuid not null,
    offered_on          date not null,
    accepted_on         date,
    decided_on          date,
    started_on          date,
    completed_on        date,
    ended_on            date,
    age                 int,
    area                text,
    investigation_level text,
    level               text,
    first_help_days     int
);

create table indicator_referral (
    referral_id         uuid primary key,
    matter_id           uuid not null,
    child_id            uuid not null,
    referred_on         date not null,
    age                 int,
    area                text,
    level               text,
    last_followed_up_on date,
    help_received       boolean
);

create index indicator_report_child_child_idx on indicator_report_child (child_id);
create index indicator_report_child_received_idx on indicator_report_child (received_on);
create index indicator_investigation_child_idx on indicator_investigation (child_id);
create index indicator_investigation_opened_idx on indicator_investigation (opened_on);
create index indicator_investigation_closed_idx on indicator_investigation (closed_on);
create index indicator_intervention_child_idx on indicator_intervention (child_id);
create index indicator_intervention_offered_idx on indicator_intervention (offered_on);
create index indicator_intervention_started_idx on indicator_intervention (started_on);
create index indicator_intervention_ended_idx on indicator_intervention (ended_on);
create index indicator_referral_child_idx on indicator_referral (child_id);
create index indicator_referral_referred_idx on indicator_referral (referred_on);
create index indicator_referral_followed_up_idx on indicator_referral (last_followed_up_on);

-- Runs as the owner: a child's rows are replaced, and the application's own user may delete nothing.
create function indicator_refresh(children uuid[]) returns void language plpgsql
    security definer set search_path = public as $$
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
end;
$$;

-- The children a transaction touched wait here until it commits, and are refreshed then, once each: a bulk load that
-- writes a child's reports, investigations, notes and interventions in several statements refreshes the child once.
create table indicator_pending (
    child_id uuid primary key
);

create function indicator_touched(children uuid[]) returns void language plpgsql as $$
begin
    insert into indicator_pending select distinct c from unnest(children) c where c is not null on conflict do nothing;
end;
$$;

create function indicator_pending_refreshed() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    -- The first of the transaction's children to come due refreshes them all; for the others nothing is left.
    if exists (select 1 from indicator_pending) then
        perform indicator_refresh(array(select child_id from indicator_pending));
        delete from indicator_pending;
    end if;
    return null;
end;
$$;

create constraint trigger indicator_pending_due after insert on indicator_pending
    deferrable initially deferred for each row execute function indicator_pending_refreshed();

-- One statement's rows at a time (transition tables), each trigger naming the children whose counted things the
-- written rows are part of.
create function indicator_child_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select distinct child_id from changed));
    return null;
end;
$$;

create function indicator_person_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select distinct person_id from changed));
    return null;
end;
$$;

create function indicator_matter_part_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select m.person_id from matter m where m.id in (select matter_id from changed)
                                    union select v.child_id from intervention v
                                    where v.matter_id in (select matter_id from changed)));
    return null;
end;
$$;

create function indicator_report_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select distinct c.child_id from report_child c
                                    where c.report_id in (select id from changed)));
    return null;
end;
$$;

create function indicator_follow_up_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select m.person_id from referral r join matter m on m.id = r.matter_id
                                    where r.id in (select referral_id from changed)));
    return null;
end;
$$;

create function indicator_decision_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select distinct v.child_id from intervention v
                                    where v.decision_id in (select id from changed)));
    return null;
end;
$$;

-- An intervention is part of its own child's counting and, as a candidate first help, of every other intervention
-- granted in the same investigation.
create function indicator_intervention_written() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select child_id from changed
                                    union select v.child_id from intervention v
                                    where v.decision_id in (select decision_id from changed)));
    return null;
end;
$$;

create function indicator_intervention_changed() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select child_id from changed union select child_id from before
                                    union select v.child_id from intervention v
                                    where v.decision_id in (select decision_id from changed
                                                            union select decision_id from before)));
    return null;
end;
$$;

create function indicator_moved() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select child_id from changed union select child_id from before));
    return null;
end;
$$;

create function indicator_matter_moved() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select n.person_id from changed n join before o on o.id = n.id
                                    where n.person_id <> o.person_id
                                    union select o.person_id from changed n join before o on o.id = n.id
                                    where n.person_id <> o.person_id));
    return null;
end;
$$;

create function indicator_person_born() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select n.id from changed n join before o on o.id = n.id
                                    where n.birth_date <> o.birth_date));
    return null;
end;
$$;

create function indicator_area_kind_changed() returns trigger language plpgsql as $$
begin
    perform indicator_touched(array(select distinct pa.person_id from person_area pa
                                    where pa.area_id in (select n.id from changed n join before o on o.id = n.id
                                                         where n.kind <> o.kind)));
    return null;
end;
$$;

create trigger indicator_report_child_inserted after insert on report_child
    referencing new table as changed for each statement execute function indicator_child_written();
create trigger indicator_report_child_updated after update on report_child
    referencing old table as before new table as changed for each statement execute function indicator_moved();
create trigger indicator_report_updated after update on report
    referencing new table as changed for each statement execute function indicator_report_written();
create trigger indicator_preliminary_inserted after insert on preliminary_assessment
    referencing new table as changed for each statement execute function indicator_child_written();
create trigger indicator_preliminary_updated after update on preliminary_assessment
    referencing new table as changed for each statement execute function indicator_child_written();
create trigger indicator_investigation_inserted after insert on investigation
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_investigation_updated after update on investigation
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_case_note_inserted after insert on case_note
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_case_note_updated after update on case_note
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_level_change_inserted after insert on matter_level_change
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_referral_inserted after insert on referral
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_referral_updated after update on referral
    referencing new table as changed for each statement execute function indicator_matter_part_written();
create trigger indicator_follow_up_inserted after insert on referral_follow_up
    referencing new table as changed for each statement execute function indicator_follow_up_written();
create trigger indicator_follow_up_updated after update on referral_follow_up
    referencing new table as changed for each statement execute function indicator_follow_up_written();
create trigger indicator_decision_inserted after insert on decision
    referencing new table as changed for each statement execute function indicator_decision_written();
create trigger indicator_decision_updated after update on decision
    referencing new table as changed for each statement execute function indicator_decision_written();
create trigger indicator_intervention_inserted after insert on intervention
    referencing new table as changed for each statement execute function indicator_intervention_written();
create trigger indicator_intervention_updated after update on intervention
    referencing old table as before new table as changed for each statement
    execute function indicator_intervention_changed();
create trigger indicator_matter_updated after update on matter
    referencing old table as before new table as changed for each statement execute function indicator_matter_moved();
create trigger indicator_person_updated after update on person
    referencing old table as before new table as changed for each statement execute function indicator_person_born();
create trigger indicator_person_area_inserted after insert on person_area
    referencing new table as changed for each statement execute function indicator_person_written();
create trigger indicator_person_area_updated after update on person_area
    referencing new table as changed for each statement execute function indicator_person_written();
create trigger indicator_area_updated after update on area
    referencing old table as before new table as changed for each statement
    execute function indicator_area_kind_changed();

insert into indicator_report_child select * from indicator_report_child_counted;
insert into indicator_investigation select * from indicator_investigation_counted;
insert into indicator_intervention select * from indicator_intervention_counted;
insert into indicator_referral select * from indicator_referral_counted;
analyze indicator_report_child, indicator_investigation, indicator_intervention, indicator_referral;
