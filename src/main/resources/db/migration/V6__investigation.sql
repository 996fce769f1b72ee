-- An investigation (utredning) in a child's matter. Opened by a preliminary assessment, or directly when an
-- application is received. The legal limit is four months from the opening decision.
create table investigation (
    id              uuid primary key,
    matter_id       uuid not null references matter (id),
    report_id       uuid references report (id),
    level           text check (level in ('ORANGE', 'RED')),
    opened_on       date not null,
    legal_due       date not null,
    investigator_id uuid references app_user (id),
    closed_on       date,
    version         int not null default 0,
    recorded_at     timestamptz not null default clock_timestamp(),
    check (legal_due > opened_on)
);

create unique index investigation_one_open_per_matter on investigation (matter_id) where closed_on is null;
