-- Every read and write of personal data, who did it and from where. Append-only: the application's
-- database user may insert and select, never update or delete (see afterMigrate.sql), and a trigger
-- refuses changes from anyone else too.
create table trace (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default clock_timestamp(),
    user_id     uuid,
    username    text not null,
    action      text not null check (action in ('READ', 'SEARCH', 'CREATE', 'UPDATE', 'EXPORT')),
    record_type text not null,
    record_id   text,
    person_id   uuid,
    person_ref  text,
    channel     text not null
);

create index trace_person_idx on trace (person_id, at desc);
create index trace_person_ref_idx on trace (person_ref, at desc);
create index trace_user_idx on trace (username, at desc);

create function trace_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'trace is append-only: % refused', tg_op;
end;
$$;

create trigger trace_no_update_or_delete
    before update or delete on trace
    for each row execute function trace_is_append_only();

create trigger trace_no_truncate
    before truncate on trace
    for each statement execute function trace_is_append_only();
