-- An open matter's next legal due date, and each waiting child's, kept in worklist_matter and worklist_waiting_child when the matter or what waits in it is written,
-- instead of worked out for every open matter of the units on every view of a worklist: the manager's start page did
-- it for the 2 300 open matters of three units, a third of its database time. The date follows from the matter's own
-- facts and the calendar (V35_10, V35_11), never from today; only whether it has passed does. The rule is
-- Deadline's: the running investigation's legal due date; else, for a report waiting in intake, the protection
-- assessment the same day (received before 16:00, Deadline.DEFAULT_CUT_OFF, in Swedish time) or the next working day,
-- and once it is made the preliminary assessment 14 days after the report came in; else none. DueDatesTest holds the
-- database to Deadline.

create function worklist_intake_due(waiting_since timestamptz, protection_done boolean) returns date
    language sql stable parallel safe set search_path = public as $$
    select case when protection_done then r.local::date + 14
                when r.local::time < time '16:00' then r.local::date
                else (select min(d)::date
                      from generate_series(r.local::date + 1, r.local::date + 14, interval '1 day') d
                      where extract(isodow from d) < 6
                        and not exists (select 1 from swedish_holiday h where h.day = d::date))
           end
    from (select waiting_since at time zone 'Europe/Stockholm' as local) r
$$;

create function worklist_due_on(kind text, waiting_since timestamptz, protection_done boolean,
                                investigation_opened date, legal_due date) returns date
    language sql stable parallel safe set search_path = public as $$
    select case when kind <> 'CHILD_AND_YOUTH' then null
                when investigation_opened is not null then legal_due
                when waiting_since is null then null
                else worklist_intake_due(waiting_since, protection_done)
           end
$$;

alter table worklist_matter add column due_on date;

update worklist_matter
set due_on = worklist_due_on(kind, waiting_since, protection_done, investigation_opened, legal_due);

-- The intake's worklist (IntakeWorklistQueries) is ordered by the same date, a child's step at a time: kept, and with
-- the order of the list in an index, a page of the unit's worklist is read from the index instead of working out and
-- sorting every waiting child's date. The index by unit and receipt it replaces served the same lists.
alter table worklist_waiting_child add column due_on date;

update worklist_waiting_child set due_on = worklist_intake_due(received_at, protection_done);

alter table worklist_waiting_child alter column due_on set not null;

create index worklist_waiting_child_due_idx
    on worklist_waiting_child (unit_id, due_on, received_at, report_id, child_id);
drop index worklist_waiting_child_unit_idx;

create or replace function worklist_refresh(matters uuid[]) returns void language plpgsql
    security definer set search_path = public as $$
begin
    -- Two writers of one matter's facts take turns, and the second reads what the first committed.
    perform 1 from worklist_matter where matter_id = any(matters) order by matter_id for update;
    delete from worklist_matter where matter_id = any(matters);
    insert into worklist_matter (matter_id, unit_id, kind, person_id, level, worker_id, waiting_since,
                                 protection_done, investigation_opened, legal_due, investigation_level, due_on)
    select m.id, m.unit_id, m.kind, m.person_id, m.level, m.responsible_worker_id, w.waiting_since,
           coalesce(w.protection_done, false), i.opened_on, i.legal_due, i.level,
           worklist_due_on(m.kind, w.waiting_since, coalesce(w.protection_done, false), i.opened_on, i.legal_due)
    from matter m
    left join lateral (
        select min(r.received_at) filter (where pa.report_id is null) as waiting_since,
               bool_and(p.report_id is not null) as protection_done
        from report_child c
        join report r on r.id = c.report_id
        left join protection_assessment p on p.report_id = c.report_id and p.child_id = c.child_id
        left join preliminary_assessment pa on pa.report_id = c.report_id and pa.child_id = c.child_id
        where c.matter_id = m.id) w on true
    left join investigation i on i.matter_id = m.id and i.closed_on is null
    where m.id = any(matters) and m.closed_on is null;
    delete from worklist_waiting_child where matter_id = any(matters);
    insert into worklist_waiting_child (report_id, child_id, matter_id, unit_id, received_at, kind, reporter_category,
                                        protection_done, due_on)
    select c.report_id, c.child_id, c.matter_id, m.unit_id, r.received_at, r.kind, r.reporter_category,
           p.report_id is not null, worklist_intake_due(r.received_at, p.report_id is not null)
    from matter m
    join report_child c on c.matter_id = m.id
    join report r on r.id = c.report_id
    left join protection_assessment p on p.report_id = c.report_id and p.child_id = c.child_id
    left join preliminary_assessment a on a.report_id = c.report_id and a.child_id = c.child_id
    where m.id = any(matters) and m.closed_on is null
      and (p.report_id is null or (a.report_id is null and r.kind <> 'APPLICATION'));
end;
$$;

analyze worklist_matter;
