-- An administrator's change of an account, before and after: who could do what, and since when. A unit
-- membership in user_unit is the present state and may be removed; its history is kept here.
create table staff_change (
    id                       bigint generated always as identity primary key,
    at                       timestamptz not null default clock_timestamp(),
    user_id                  uuid not null references app_user (id),
    changed_by               uuid not null references app_user (id),
    roles_before             text[] not null,
    roles_after              text[] not null,
    units_before             uuid[] not null,
    units_after              uuid[] not null,
    may_see_protected_before boolean not null,
    may_see_protected_after  boolean not null,
    enabled_before           boolean not null,
    enabled_after            boolean not null
);

create index staff_change_user_idx on staff_change (user_id, at desc);
