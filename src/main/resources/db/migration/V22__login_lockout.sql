-- A client locked out of an account after wrong passwords in a row, for the administrator to see. The
-- client is an IPv4 address or an IPv6 /64; nothing of the passwords tried is kept.
create table login_lockout (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default clock_timestamp(),
    user_id      uuid not null references app_user (id),
    client       text not null,
    failures     int not null,
    locked_until timestamptz not null
);

create index login_lockout_at_idx on login_lockout (at desc);
