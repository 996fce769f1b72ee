-- Units, staff accounts and their roles. Access to records is decided from these.
create table unit (
    id    uuid primary key,
    code  text not null unique,
    name  text not null,
    kind  text not null check (kind in ('INTAKE', 'CHILDREN_AND_YOUTH', 'ADULT_PSYCHIATRY', 'ADULT_ADDICTION',
                                        'DOMESTIC_VIOLENCE', 'FINANCIAL_AID', 'DISABILITY_SUPPORT',
                                        'ADMINISTRATION', 'FOLLOW_UP'))
);

create table app_user (
    id                uuid primary key,
    username          text not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name      text not null,
    password_hash     text,
    roles             text[] not null check (roles <@ array['ADMINISTRATOR', 'INTAKE_WORKER', 'SOCIAL_WORKER',
                                                          'UNIT_MANAGER', 'ANALYST', 'FILE_AUDITOR']),
    may_see_protected boolean not null default false,
    enabled           boolean not null default true,
    created_at        timestamptz not null default now()
);

create table user_unit (
    user_id uuid not null references app_user (id),
    unit_id uuid not null references unit (id),
    primary key (user_id, unit_id)
);

-- One row a production installation: the one-time set-up of the first administrator.
create table installation (
    id            int primary key check (id = 1),
    mode          text not null,
    set_up_at     timestamptz not null default now()
);
