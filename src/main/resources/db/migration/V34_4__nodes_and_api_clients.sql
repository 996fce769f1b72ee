-- Page sessions in the database, so that any of several Helhet servers behind a load balancer can serve the
-- next request of a session (Spring Session JDBC's own schema for PostgreSQL).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Failures in a row per key for the throttles (wrong passwords per account and client, wrong survey codes per
-- client), shared by every server. The key is a keyed hash: neither an account nor an address is readable here.
create table failure_count (
    throttle text not null,
    key      text not null,
    failures int not null,
    last_at  timestamptz not null,
    primary key (throttle, key)
);

create index failure_count_last_at_idx on failure_count (throttle, last_at);

-- An integration given an API token by an administrator. It acts through an account of its own (no password,
-- never a login) whose roles follow from its scopes; only the token's SHA-256 is kept.
create table api_client (
    id          uuid primary key,
    user_id     uuid not null unique references app_user (id),
    name        text not null,
    scopes      text[] not null check (cardinality(scopes) > 0 and scopes <@ array['REPORTS_READ', 'REPORTS_WRITE',
                                                                             'MATTERS_READ', 'INDICATORS_READ']),
    token_hash  bytea not null unique,
    expires_at  timestamptz not null,
    issued_by   uuid not null references app_user (id),
    issued_at   timestamptz not null default clock_timestamp(),
    revoked_by  uuid references app_user (id),
    revoked_at  timestamptz,
    last_used_at timestamptz,
    uses        bigint not null default 0
);
