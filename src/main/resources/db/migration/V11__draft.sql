-- What a user has typed into a form and not yet saved as a record: kept as they type, so a timed-out
-- session, a closed tab or a crash loses nothing. One draft a user and form; a submitted or discarded
-- draft is marked, not deleted.
create table draft (
    user_id    uuid not null references app_user (id),
    form_key   text not null check (form_key ~ '^[a-z0-9/_-]{1,200}$'),
    fields     text not null check (length(fields) <= 200000),
    saved_at   timestamptz not null default clock_timestamp(),
    closed_at  timestamptz,
    primary key (user_id, form_key)
);
