-- The investigator's proposed decision (förslag till beslut): written and kept while investigating, then
-- submitted to the one who decides, who may change it. One per investigation; the decision names whose
-- proposal it was taken on.
create table decision_proposal (
    investigation_id  uuid primary key references investigation (id),
    outcome           text check (outcome in ('GRANTED', 'NOT_GRANTED', 'NO_INTERVENTION')),
    intervention_code text,
    reasons           text check (length(reasons) <= 20000),
    proposed_by       uuid not null references app_user (id),
    saved_at          timestamptz not null default clock_timestamp(),
    submitted_at      timestamptz,
    version           int not null default 0
);

alter table decision add column proposed_by uuid references app_user (id);
