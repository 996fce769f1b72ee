-- The worklists' read model (ADR 9), kept current by the database in the same transaction as the write it follows:
-- a worklist reads the rows of its units or its worker, not every report, assessment and investigation behind them
-- on every view, so that a list is ordered, counted and paged from here. Only open matters have rows.
--
-- worklist_matter: one row per open matter with the facts its next legal deadline follows from.
create table worklist_matter (
    matter_id            uuid primary key,
    unit_id              uuid not null,
    kind                 text not null,
    person_id            uuid not null,
    level                text,
    worker_id            uuid,
    -- When the oldest report still waiting for its preliminary assessment came in; null when none waits.
    waiting_since        timestamptz,
    -- Whether every report's protection assessment of the child is made.
    protection_done      boolean not null,
    investigation_opened date,
    legal_due            date,
    investigation_level  text
);

create index worklist_matter_unit_idx on worklist_matter (unit_id);
create index worklist_matter_worker_idx on worklist_matter (worker_id);

-- worklist_waiting_child: each child of a report in an open matter still waiting for its protection assessment, or
-- for its preliminary assessment (an application goes straight to investigation): the intake's worklist.
create table worklist_waiting_child (
    report_id         uuid not null,
    child_id          uuid not null,
    matter_id         uuid not null,
    unit_id           uuid not null,
    received_at       timestamptz not null,
    kind              text not null,
    reporter_category text not null,
    protection_done   boolean not null,
    primary key (report_id, child_id)
);

create index worklist_waiting_child_unit_idx on worklist_waiting_child (unit_id, received_at);
create index worklist_waiting_child_matter_idx on worklist_waiting_child (matter_id);

-- Runs as the owner: a closed matter's rows go, and the application's own user may delete nothing.
create function worklist_refresh(matters uuid[]) returns void language plpgsql
    security definer set search_path = public as $$
begin
    -- Two writers of one matter's facts take turns, and the second reads what the first committed.
    perform 1 from worklist_matter where matter_id = any(matters) order by matter_id for update;
    delete from worklist_matter where matter_id = any(matters);
    insert into worklist_matter (matter_id, unit_id, kind, person_id, level, worker_id, waiting_since,
                                 protection_done, investigation_opened, legal_due, investigation_level)
    select m.id, m.unit_id, m.kind, m.person_id, m.level, m.responsible_worker_id, w.waiting_since,
           coalesce(w.protection_done, false), i.opened_on, i.legal_due, i.level
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
                                        protection_done)
    select c.report_id, c.child_id, c.matter_id, m.unit_id, r.received_at, r.kind, r.reporter_category,
           p.report_id is not null
    from matter m
    join report_child c on c.matter_id = m.id
    join report r on r.id = c.report_id
    left join protection_assessment p on p.report_id = c.report_id and p.child_id = c.child_id
    left join preliminary_assessment a on a.report_id = c.report_id and a.child_id = c.child_id
    where m.id = any(matters) and m.closed_on is null
      and (p.report_id is null or (a.report_id is null and r.kind <> 'APPLICATION'));
end;
$$;

-- One statement's rows at a time (transition tables), so that a bulk load refreshes each matter once per statement.
create function worklist_matter_written() returns trigger language plpgsql as $$
begin
    perform worklist_refresh(array(select distinct id from changed));
    return null;
end;
$$;

create function worklist_matter_part_written() returns trigger language plpgsql as $$
begin
    perform worklist_refresh(array(select distinct matter_id from changed));
    return null;
end;
$$;

create function worklist_report_child_moved() returns trigger language plpgsql as $$
begin
    perform worklist_refresh(array(select matter_id from changed union select matter_id from before));
    return null;
end;
$$;

create function worklist_assessment_written() returns trigger language plpgsql as $$
begin
    perform worklist_refresh(array(select distinct c.matter_id from changed a
                                   join report_child c on c.report_id = a.report_id and c.child_id = a.child_id));
    return null;
end;
$$;

create function worklist_report_written() returns trigger language plpgsql as $$
begin
    perform worklist_refresh(array(select distinct c.matter_id from changed r
                                   join report_child c on c.report_id = r.id));
    return null;
end;
$$;

create trigger worklist_matter_inserted after insert on matter
    referencing new table as changed for each statement execute function worklist_matter_written();
create trigger worklist_matter_updated after update on matter
    referencing new table as changed for each statement execute function worklist_matter_written();
create trigger worklist_investigation_inserted after insert on investigation
    referencing new table as changed for each statement execute function worklist_matter_part_written();
create trigger worklist_investigation_updated after update on investigation
    referencing new table as changed for each statement execute function worklist_matter_part_written();
create trigger worklist_report_child_inserted after insert on report_child
    referencing new table as changed for each statement execute function worklist_matter_part_written();
create trigger worklist_report_child_updated after update on report_child
    referencing old table as before new table as changed for each statement
    execute function worklist_report_child_moved();
create trigger worklist_protection_inserted after insert on protection_assessment
    referencing new table as changed for each statement execute function worklist_assessment_written();
create trigger worklist_protection_updated after update on protection_assessment
    referencing new table as changed for each statement execute function worklist_assessment_written();
create trigger worklist_preliminary_inserted after insert on preliminary_assessment
    referencing new table as changed for each statement execute function worklist_assessment_written();
create trigger worklist_preliminary_updated after update on preliminary_assessment
    referencing new table as changed for each statement execute function worklist_assessment_written();
create trigger worklist_report_updated after update on report
    referencing new table as changed for each statement execute function worklist_report_written();

select worklist_refresh(array(select id from matter where closed_on is null));

-- Name search matches every word anywhere in the folded name ("ber" finds "Lindberg"): a trigram index answers
-- that from the index instead of reading every person. pg_trgm is a trusted extension, which the database's
-- owner may create (PostgreSQL 13 and later).
create extension if not exists pg_trgm;

create index person_search_name_trgm_idx on person using gin (search_name gin_trgm_ops);
