-- Routines with stops (hållplatser): when matters of given kinds are open at the same time in one family,
-- the family's responsible workers consult jointly (styrt samråd) at the routine's stops. The routine is data
-- an administrator writes; the stops are created for the family when it starts to match, and each held
-- consultation is recorded. A stop passed without one is flagged, never blocked.

create table routine (
    id            uuid primary key,
    name          text not null unique check (length(name) between 1 and 200),
    description   text check (length(description) <= 5000),
    -- The kinds that must all be open at once in one family for the routine to apply.
    applies_when  text[] not null check (cardinality(applies_when) between 2 and 6 and applies_when <@ array[
                      'CHILD_AND_YOUTH', 'DOMESTIC_VIOLENCE', 'ADDICTION', 'SOCIAL_PSYCHIATRY', 'FINANCIAL_AID',
                      'DISABILITY']),
    -- Kinds whose workers take part when such a matter is open too (ekonomiskt bistånd in Skarpnäck's routine).
    also_involves text[] not null default '{}' check (also_involves <@ array[
                      'CHILD_AND_YOUTH', 'DOMESTIC_VIOLENCE', 'ADDICTION', 'SOCIAL_PSYCHIATRY', 'FINANCIAL_AID',
                      'DISABILITY']),
    active        boolean not null default true,
    created_by    uuid references app_user (id),
    created_at    timestamptz not null default clock_timestamp()
);

create table routine_stop (
    routine_id   uuid not null references routine (id),
    position     int not null check (position between 1 and 20),
    name         text not null check (length(name) between 1 and 200),
    gate         text not null check (gate in ('WITHIN_WORKING_DAYS', 'BEFORE_INVESTIGATION_PLAN', 'BEFORE_DECISION',
                     'BEFORE_COMMISSIONING', 'AT_FOLLOW_UP')),
    working_days int check (working_days between 0 and 60),
    -- The gate looks at this kind's matter only; null: any matter of the family's match.
    matter_kind  text check (matter_kind in ('CHILD_AND_YOUTH', 'DOMESTIC_VIOLENCE', 'ADDICTION',
                     'SOCIAL_PSYCHIATRY', 'FINANCIAL_AID', 'DISABILITY')),
    acute        boolean not null default false,     -- part of the acute path
    guidance     text check (length(guidance) <= 2000), -- what the consultation covers
    primary key (routine_id, position),
    check ((gate = 'WITHIN_WORKING_DAYS') = (working_days is not null))
);

-- A family that matches a routine: the matters open at once when it started to match.
create table routine_match (
    id         uuid primary key,
    routine_id uuid not null references routine (id),
    matched_on date not null,
    created_at timestamptz not null default clock_timestamp()
);

create table routine_match_matter (
    match_id  uuid not null references routine_match (id),
    matter_id uuid not null references matter (id),
    primary key (match_id, matter_id)
);

create index routine_match_matter_matter_idx on routine_match_matter (matter_id);

-- The family's stops, copied from the routine when the family started to match, so a later change of the
-- routine leaves the stops already set as they were.
create table stop (
    id           uuid primary key,
    match_id     uuid not null references routine_match (id),
    position     int not null,
    name         text not null,
    gate         text not null,
    working_days int,
    matter_kind  text,
    acute        boolean not null,
    guidance     text,
    due_on       date,                 -- the last day of a working-day gate; null for a gated event
    unique (match_id, position)
);

create table stop_consultation (
    id              uuid primary key,
    stop_id         uuid not null references stop (id),
    held_on         date not null,
    participant_ids uuid[] not null check (cardinality(participant_ids) between 1 and 20),
    agreed          text not null check (length(agreed) between 1 and 10000),
    next_step       text check (length(next_step) <= 5000),
    recorded_by     uuid not null references app_user (id),
    recorded_at     timestamptz not null default clock_timestamp()
);

create index stop_consultation_stop_idx on stop_consultation (stop_id, held_on);

-- Skarpnäck's routine for children and families who have lived with violence in a close relationship: the
-- child's unit, relationsvård and ekonomiskt bistånd consult at fixed points, with an acute path for protected
-- housing and a fast decision on financial aid.
insert into routine (id, name, description, applies_when, also_involves) values
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 'Våld i nära relation – barn och vuxen',
     'Familjeorienterat arbetssätt när barn och familjer har upplevt våld i nära relation: barnhandläggaren, '
         || 'relationsvården och ekonomiskt bistånd samråder vid hållplatserna, gör en gemensam '
         || 'barnkonsekvensanalys för varje barn och formulerar uppdrag till utförare tillsammans.',
     array['CHILD_AND_YOUTH', 'DOMESTIC_VIOLENCE'], array['FINANCIAL_AID']);

insert into routine_stop (routine_id, position, name, gate, working_days, matter_kind, acute, guidance) values
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 1, 'Första samråd', 'WITHIN_WORKING_DAYS', 5, null, false,
     'Vem gör vad i familjen, riskbedömning, hur barnet ska komma till tals.'),
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 2, 'Akut: skyddat boende', 'BEFORE_COMMISSIONING', null,
     'DOMESTIC_VIOLENCE', true,
     'Uppdraget till det skyddade boendet skrivs tillsammans, med barnens behov beskrivna.'),
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 3, 'Akut: snabbt beslut om ekonomiskt bistånd', 'BEFORE_DECISION',
     null, 'FINANCIAL_AID', true, 'Vad familjen behöver för att klara de första dagarna i skyddat boende.'),
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 4, 'Gemensam utredningsplanering', 'BEFORE_INVESTIGATION_PLAN',
     null, null, false, 'Utredningarna planeras tillsammans; gemensamma möten med familjen där det går.'),
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 5, 'Gemensam bedömning och barnkonsekvensanalys', 'BEFORE_DECISION',
     null, null, false, 'Gemensam barnkonsekvensanalys för varje barn innan beslut fattas i något av ärendena.'),
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 6, 'Gemensamt uppdrag till utförare', 'BEFORE_COMMISSIONING', null,
     null, false, 'Uppdraget beskriver barnets behov lika väl som den vuxnes.'),
    ('6b1d8c8e-3f0a-4d6e-9a51-2c7e0b9d4f10', 7, 'Gemensam uppföljning', 'AT_FOLLOW_UP', null, null, false,
     'Har insatserna hjälpt barnet och den vuxne? Vad behöver ändras?');
