-- What the receiving function receives and decides first: reports of concern, applications and other
-- requests; the protection assessment the same day; the preliminary assessment within 14 days.
create table report (
    id                    uuid primary key,
    kind                  text not null check (kind in ('CONCERN_REPORT', 'APPLICATION', 'OTHER_REQUEST')),
    received_at           timestamptz not null,
    reporter_category     text not null check (reporter_category in ('SCHOOL', 'PRESCHOOL', 'HEALTH_CARE', 'POLICE',
                              'SOCIAL_SERVICES', 'OTHER_AUTHORITY', 'PRIVATE_PERSON', 'CHILD', 'GUARDIAN')),
    anonymous             boolean not null,
    reporter_name         text,
    reporter_organisation text,
    reporter_contact      text,
    concern_reasons       text[] not null default '{}',
    description           text not null check (length(description) <= 20000),
    registered_by         uuid not null references app_user (id),
    registered_at         timestamptz not null default now(),
    check (not anonymous or (reporter_name is null and reporter_contact is null))
);

create index report_received_idx on report (received_at desc);

-- One report may concern several children (siblings); each child's part belongs to that child's matter.
create table report_child (
    report_id    uuid not null references report (id),
    child_id     uuid not null references person (id),
    matter_id    uuid not null references matter (id),
    known_before boolean not null,
    primary key (report_id, child_id)
);

create index report_child_child_idx on report_child (child_id);
create index report_child_matter_idx on report_child (matter_id);

create table protection_assessment (
    report_id                   uuid not null,
    child_id                    uuid not null,
    assessed_at                 timestamptz not null,
    immediate_protection_needed boolean not null,
    reasoning                   text not null check (length(reasoning) between 1 and 10000),
    assessed_by                 uuid not null references app_user (id),
    primary key (report_id, child_id),
    foreign key (report_id, child_id) references report_child (report_id, child_id)
);

create table preliminary_assessment (
    report_id         uuid not null,
    child_id          uuid not null,
    decided_on        date not null,
    outcome           text not null check (outcome in ('OPEN_INVESTIGATION', 'NO_INVESTIGATION', 'JOIN_INVESTIGATION',
                          'TRANSFER')),
    level             text check (level in ('BLUE', 'GREEN', 'ORANGE', 'RED')),
    open_intervention text,
    linked_actor      text,
    transferred_to    text,
    reasoning         text not null check (length(reasoning) between 1 and 10000),
    decided_by        uuid not null references app_user (id),
    recorded_at       timestamptz not null default clock_timestamp(),
    primary key (report_id, child_id),
    foreign key (report_id, child_id) references report_child (report_id, child_id),
    check (outcome <> 'OPEN_INVESTIGATION' or level in ('ORANGE', 'RED')),
    check (outcome <> 'NO_INVESTIGATION' or level is null or level in ('BLUE', 'GREEN')),
    check (outcome <> 'TRANSFER' or transferred_to is not null)
);
