-- Administrations of assessment instruments to a person (usually the child; AUDIT and DUDIT a parent), at a
-- time point of the work, so change between start, end and follow-up can be shown. Raw responses are kept
-- beside the computed scores so that a score can be checked, or recomputed if a band table is corrected.
-- ESTER and HOME are licensed: only the scores the worker enters, no responses.
create table instrument_administration (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    matter_id       uuid references matter (id),
    instrument      text not null check (instrument in ('SDQ', 'AUDIT', 'DUDIT', 'ESTER', 'HOME')),
    informant       text check (informant in ('PARENT', 'TEACHER', 'SELF')),
    sex             text check (sex in ('FEMALE', 'MALE')),
    administered_on date not null,
    time_point      text not null check (time_point in ('START', 'END', 'FOLLOW_UP')),
    responses       jsonb check (jsonb_typeof(responses) = 'array'),
    impact          jsonb check (jsonb_typeof(impact) = 'object'),
    scores          jsonb not null check (jsonb_typeof(scores) = 'object'),
    bands           jsonb,
    recorded_by     uuid not null references app_user (id),
    recorded_at     timestamptz not null default clock_timestamp(),
    check (instrument <> 'SDQ' or (informant is not null and responses is not null)),
    check (instrument not in ('AUDIT', 'DUDIT') or (sex is not null and responses is not null)),
    check (instrument not in ('ESTER', 'HOME') or (responses is null and impact is null))
);

create index instrument_administration_person_idx on instrument_administration (person_id, administered_on);
