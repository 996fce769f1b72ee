-- Consent as an object of its own: whose information (the subject), who gave it, to whom, for what, for how
-- long, how it was given, and its withdrawal. It replaces the school-data consent noted in a matter
-- (consent_note, V15), whose rows become consents to the matter's unit for SCHOOL_OUTCOMES.

create table consent (
    id                uuid primary key,
    subject_id        uuid not null references person (id),
    scopes            text[] not null check (cardinality(scopes) between 1 and 4 and scopes <@
                          array['SHARE_MATTER_CONTENT', 'CONTACT', 'SCHOOL_OUTCOMES', 'FORUM_CONSULTATION']),
    valid_from        date not null,
    valid_to          date,                -- null: until withdrawn
    form              text check (form in ('WRITTEN', 'ORAL', 'DIGITAL')),
    -- Only a consent migrated from consent_note has these words instead of givers in consent_giver (and no
    -- form): the guardians as the worker noted them in free text, before consent named its givers as persons.
    noted_guardians   text check (length(noted_guardians) between 1 and 500),
    recorded_by       uuid not null references app_user (id),
    recorded_at       timestamptz not null default clock_timestamp(),
    withdrawn_on      date,
    withdrawal_reason text check (length(withdrawal_reason) between 1 and 2000),
    withdrawn_by      uuid references app_user (id),
    withdrawn_at      timestamptz,
    version           int not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check (form is not null or noted_guardians is not null),
    check ((withdrawn_on is null) = (withdrawn_by is null) and (withdrawn_on is null) = (withdrawn_at is null))
);

create index consent_subject_idx on consent (subject_id);

-- The persons who gave it: a child's guardians (and the young person from 15), an adult themself.
create table consent_giver (
    consent_id uuid not null references consent (id),
    person_id  uuid not null references person (id),
    primary key (consent_id, person_id)
);

-- To whom: a unit of the district, or an actor outside the social services by kind and name.
create table consent_recipient (
    consent_id uuid not null references consent (id),
    position   int not null,
    unit_id    uuid references unit (id),
    actor_kind text check (actor_kind in ('SCHOOL', 'PRESCHOOL', 'CHILD_HEALTH_CENTRE', 'CHILD_PSYCHIATRY',
                          'ADULT_PSYCHIATRY', 'HEALTH_CARE', 'YOUTH_CLINIC', 'POLICE', 'CIVIL_SOCIETY', 'OTHER')),
    actor_name text check (length(actor_name) between 1 and 200),
    primary key (consent_id, position),
    check ((unit_id is null) <> (actor_kind is null)),
    check ((actor_kind is null) = (actor_name is null))
);

-- Every use asks for a consent in force for one subject, unit and scope at that moment.
create index consent_recipient_unit_idx on consent_recipient (unit_id, consent_id) where unit_id is not null;

insert into consent (id, subject_id, scopes, valid_from, noted_guardians, recorded_by, recorded_at, withdrawn_on,
                     withdrawn_by, withdrawn_at, version)
select c.id, c.child_id, array['SCHOOL_OUTCOMES'], c.given_on, c.guardians, c.noted_by, c.noted_at, c.withdrawn_on,
       c.withdrawn_by, case when c.withdrawn_on is not null then c.withdrawn_on::timestamptz end, c.version
from consent_note c;

insert into consent_recipient (consent_id, position, unit_id)
select c.id, 0, m.unit_id from consent_note c join matter m on m.id = c.matter_id;

-- School data keeps the consent it was obtained under: the ids did not change.
alter table school_outcome drop constraint school_outcome_consent_id_fkey;
alter table school_outcome add constraint school_outcome_consent_id_fkey foreign key (consent_id) references consent (id);

drop table consent_note;

-- A read that relies on a consent names it in the access log. The column joins a row's hash (ADR 8) only when it is
-- set, so the rows written before it verify as they were written.
alter table trace add column consent_id uuid;

create or replace function trace_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
       and (old.id, old.at, old.user_id, old.username, old.action, old.record_type, old.record_id, old.person_id,
            old.person_ref, old.channel, old.consent_id)
           is not distinct from (new.id, new.at, new.user_id, new.username, new.action, new.record_type,
            new.record_id, new.person_id, new.person_ref, new.channel, new.consent_id) then
        return new;
    end if;
    raise exception 'trace is append-only: % refused', tg_op;
end;
$$;
