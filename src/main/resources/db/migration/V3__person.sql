-- People, where they live over time, and how they are related.
create table area (
    id   uuid primary key,
    code text not null unique,
    name text not null,
    kind text not null check (kind in ('PILOT', 'ORDINARY'))
);

create sequence reserve_number_seq;

create table person (
    id                      uuid primary key,
    personal_identity_number char(12) unique check (personal_identity_number ~ '^[0-9]{12}$'),
    coordination_number     boolean not null default false,
    reserve_number          text unique,
    given_name              text not null check (length(given_name) between 1 and 100),
    family_name             text not null check (length(family_name) between 1 and 100),
    search_name             text not null,
    birth_date              date not null,
    protected_identity      boolean not null default false,
    address                 text,
    postal_code             text,
    city                    text,
    phone                   text,
    language                text,
    interpreter_needed      boolean not null default false,
    created_at              timestamptz not null default now(),
    created_by              uuid references app_user (id),
    version                 int not null default 0,
    check ((personal_identity_number is null) <> (reserve_number is null))
);

create index person_search_name_idx on person (search_name text_pattern_ops);
create index person_birth_date_idx on person (birth_date);

create table person_area (
    person_id uuid not null references person (id),
    area_id   uuid not null references area (id),
    from_date date not null,
    primary key (person_id, from_date)
);

-- person_id is <type> of related_person_id: "A is GUARDIAN of B". SIBLING and HOUSEHOLD are stored once
-- and read in both directions.
create table person_relation (
    person_id         uuid not null references person (id),
    related_person_id uuid not null references person (id),
    type              text not null check (type in ('GUARDIAN', 'PARENT', 'SIBLING', 'HOUSEHOLD')),
    from_date         date,
    primary key (person_id, related_person_id, type),
    check (person_id <> related_person_id)
);

create index person_relation_related_idx on person_relation (related_person_id);

-- Which units have the person in their register (registered there, or a matter there). Access to a
-- person's record follows it: confidentiality holds between units.
create table person_unit (
    person_id uuid not null references person (id),
    unit_id   uuid not null references unit (id),
    since     timestamptz not null default now(),
    primary key (person_id, unit_id)
);

create index person_unit_unit_idx on person_unit (unit_id);
