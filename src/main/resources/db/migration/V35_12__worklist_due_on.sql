-- An open matter's next legal due date, and each waiting child's, kept in worklist_matter and worklist_waiting_child,
-- instead of worked out for every open matter of the units on every view of a worklist: the manager's start page did
-- it for the 2 300 open matters of three units, a third of its database time. The date follows from the row's own
-- facts and the calendar (V35_10, V35_11), never from today; only whether it has passed does. A trigger on each table
-- works it out from the row as it is written, whoever writes it (worklist_refresh, V34_5, is unchanged). The rule is
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

create function worklist_matter_due() returns trigger language plpgsql set search_path = public as $$
begin
    new.due_on := case when new.kind <> 'CHILD_AND_YOUTH' then null
                       when new.investigation_opened is not null then new.legal_due
                       when new.waiting_since is null then null
                       else worklist_intake_due(new.waiting_since, new.protection_done)
                  end;
    return new;
end;
$$;

create function worklist_waiting_child_due() returns trigger language plpgsql set search_path = public as $$
begin
    new.due_on := worklist_intake_due(new.received_at, new.protection_done);
    return new;
end;
$$;

alter table worklist_matter add column due_on date;
create trigger worklist_matter_due before insert or update on worklist_matter
    for each row execute function worklist_matter_due();
-- Every row written once more, so that the trigger works out its date.
update worklist_matter set due_on = null;

-- The intake's worklist (IntakeWorklistQueries) is ordered by the same date, a child's step at a time: kept, and with
-- the order of the list in an index, a page of the unit's worklist is read from the index instead of working out and
-- sorting every waiting child's date. The index by unit and receipt it replaces served the same lists.
alter table worklist_waiting_child add column due_on date;
create trigger worklist_waiting_child_due before insert or update on worklist_waiting_child
    for each row execute function worklist_waiting_child_due();
update worklist_waiting_child set due_on = null;
alter table worklist_waiting_child alter column due_on set not null;

create index worklist_waiting_child_due_idx
    on worklist_waiting_child (unit_id, due_on, received_at, report_id, child_id);
drop index worklist_waiting_child_unit_idx;

analyze worklist_matter, worklist_waiting_child;
