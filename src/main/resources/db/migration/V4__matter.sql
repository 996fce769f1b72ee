-- A matter (ärende) is one child's case from the first report to closing.
create table matter (
    id                    uuid primary key,
    child_id              uuid not null references person (id),
    unit_id               uuid not null references unit (id),
    opened_at             timestamptz not null,
    closed_on             date,
    closing_reason        text,
    level                 text check (level in ('BLUE', 'GREEN', 'ORANGE', 'RED')),
    responsible_worker_id uuid references app_user (id),
    -- The child's area and age when the matter started, kept as they were: pilot versus control and the
    -- age groups of the follow-up are counted on them.
    area_id_at_start      uuid references area (id),
    age_at_start          int not null check (age_at_start between 0 and 20),
    reopened              boolean not null,
    created_by            uuid not null references app_user (id),
    version               int not null default 0
);

create unique index matter_one_open_per_child on matter (child_id) where closed_on is null;
create index matter_responsible_idx on matter (responsible_worker_id) where closed_on is null;
create index matter_unit_idx on matter (unit_id) where closed_on is null;

-- Every level a matter has had: when, who and why. Never updated.
create table matter_level_change (
    id         bigint generated always as identity primary key,
    matter_id  uuid not null references matter (id),
    level      text not null check (level in ('BLUE', 'GREEN', 'ORANGE', 'RED')),
    changed_at timestamptz not null default clock_timestamp(),
    changed_by uuid not null references app_user (id),
    reason     text not null
);

create index matter_level_change_matter_idx on matter_level_change (matter_id, changed_at);
