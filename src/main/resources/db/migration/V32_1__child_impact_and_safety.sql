-- Decisions in the adult units' matters, joint child impact analyses (gemensam barnkonsekvensanalys) for each
-- child of a family with their joint commission to a provider, and the safety scale (trygghetsskala).

-- A decision in an adult matter (domestic violence, addiction, social psychiatry, financial aid, disability);
-- the children and youth matter's decisions stay with its investigation.
create table adult_decision (
    id          uuid primary key,
    matter_id   uuid not null references matter (id),
    person_id   uuid not null references person (id),   -- the matter's person, so a read names them directly
    decided_on  date not null,
    subject     text not null check (length(subject) between 1 and 500),     -- what is decided
    outcome     text not null check (outcome in ('GRANTED', 'REFUSED', 'PARTLY_GRANTED')),
    reasons     text not null check (length(reasons) between 1 and 20000),
    decided_by  uuid not null references app_user (id),
    recorded_by uuid not null references app_user (id),
    recorded_at timestamptz not null default clock_timestamp()
);

create index adult_decision_matter_idx on adult_decision (matter_id, decided_on);
create index adult_decision_decided_on_idx on adult_decision (decided_on);

-- One child's analysis, made together by the workers of the family's matters.
create table child_impact_analysis (
    id               uuid primary key,
    child_id         uuid not null references person (id),
    made_on          date not null,
    situation        text not null check (length(situation) between 1 and 20000),
    child_views      text not null check (length(child_views) between 1 and 20000),
    how_heard        text not null check (length(how_heard) between 1 and 5000),
    joint_assessment text not null check (length(joint_assessment) between 1 and 20000),
    participant_ids  uuid[] not null check (cardinality(participant_ids) between 1 and 20),
    recorded_by      uuid not null references app_user (id),
    recorded_at      timestamptz not null default clock_timestamp()
);

create index child_impact_analysis_child_idx on child_impact_analysis (child_id, made_on);

-- The consequences for the child of the decision planned in each matter the analysis covers.
create table child_impact_consequence (
    analysis_id      uuid not null references child_impact_analysis (id),
    matter_id        uuid not null references matter (id),
    planned_decision text not null check (length(planned_decision) between 1 and 2000),
    consequence      text not null check (length(consequence) between 1 and 20000),
    primary key (analysis_id, matter_id)
);

create index child_impact_consequence_matter_idx on child_impact_consequence (matter_id);

-- The joint commission to a provider written from the analysis: the child's needs beside the adult's.
create table joint_commission (
    id              uuid primary key,
    analysis_id     uuid not null unique references child_impact_analysis (id),
    provider_name   text not null check (length(provider_name) between 1 and 300),
    commissioned_on date not null,
    child_needs     text not null check (length(child_needs) between 1 and 20000),
    adult_needs     text not null check (length(adult_needs) between 1 and 20000)
);

create index joint_commission_on_idx on joint_commission (commissioned_on);

-- A rating on the shared safety scale, 0 (not safe at all) to 10 (completely safe), by staff, a parent or the
-- child, kept over time for the child.
create table safety_rating (
    id          uuid primary key,
    child_id    uuid not null references person (id),
    rated_on    date not null,
    score       int not null check (score between 0 and 10),
    rater       text not null check (rater in ('STAFF', 'PARENT', 'CHILD')),
    comment     text check (length(comment) <= 2000),
    recorded_by uuid not null references app_user (id),
    recorded_at timestamptz not null default clock_timestamp()
);

create index safety_rating_child_idx on safety_rating (child_id, rated_on);
