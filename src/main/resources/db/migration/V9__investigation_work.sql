-- The work of an investigation: its plan, extensions of the time limit, communication with the family
-- before the decision, and the decision itself.
alter table investigation
    add column plan                   text check (length(plan) <= 20000),
    add column communicated_on        date,
    add column communication_comments text check (length(communication_comments) <= 20000);

-- Every extension is a decision of its own, with its reason; the investigation keeps the latest due date.
create table investigation_extension (
    id               bigint generated always as identity primary key,
    investigation_id uuid not null references investigation (id),
    previous_due     date not null,
    new_due          date not null,
    reason           text not null check (length(reason) between 1 and 5000),
    decided_by       uuid not null references app_user (id),
    decided_at       timestamptz not null default clock_timestamp(),
    check (new_due > previous_due)
);

create table decision (
    id                uuid primary key,
    investigation_id  uuid not null unique references investigation (id),
    matter_id         uuid not null references matter (id),
    outcome           text not null check (outcome in ('GRANTED', 'NOT_GRANTED', 'NO_INTERVENTION')),
    intervention_code text,
    reasons           text not null check (length(reasons) between 1 and 20000),
    decided_on        date not null,
    decided_by        uuid not null references app_user (id),
    appealable        boolean not null,
    letter            text not null,
    recorded_at       timestamptz not null default clock_timestamp(),
    check (outcome = 'NO_INTERVENTION' or intervention_code is not null)
);

create index decision_matter_idx on decision (matter_id);
