-- File audits (aktgranskning): a review key of questions, applied to a reproducible random sample of matters.

-- A review key (granskningsnyckel). A changed key is a new version with the same code; a key that an audit
-- has used is never changed (the trigger below), so every audit's answers keep the questions they answered.
create table audit_key (
    id          uuid primary key,
    code        text not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    version     int not null check (version >= 1),
    name        text not null check (length(name) between 1 and 200),
    description text check (length(description) <= 2000),
    created_at  timestamptz not null default clock_timestamp(),
    unique (code, version)
);

create table audit_question (
    id           uuid primary key,
    key_id       uuid not null references audit_key (id),
    number       int not null check (number between 1 and 99),
    group_name   text not null check (length(group_name) between 1 and 200),
    text         text not null check (length(text) between 1 and 1000),
    -- YES / PARTLY / NO / NOT_APPLICABLE, or a scale of 1-5 with words for its two ends.
    answer_kind  text not null check (answer_kind in ('YES_PARTLY_NO_NA', 'SCALE')),
    scale_low    text check (length(scale_low) <= 200),
    scale_high   text check (length(scale_high) <= 200),
    unique (key_id, number),
    check (answer_kind = 'SCALE' or (scale_low is null and scale_high is null))
);

-- An audit: its criteria as chosen, the seed, and once drawn how many matters met the criteria.
create table audit (
    id             uuid primary key,
    name           text not null check (length(name) between 1 and 200),
    key_id         uuid not null references audit_key (id),
    area           text not null check (area in ('PILOT', 'ORDINARY', 'ALL')),
    closed_from    date not null,
    closed_to      date not null,
    level          text check (level in ('BLUE', 'GREEN', 'ORANGE', 'RED')),
    sample_size    int not null check (sample_size between 1 and 500),
    seed           text not null check (length(seed) between 1 and 100),
    eligible_count int,
    drawn_at       timestamptz,
    created_by     uuid not null references app_user (id),
    created_at     timestamptz not null default clock_timestamp(),
    check (closed_to >= closed_from),
    check ((eligible_count is null) = (drawn_at is null))
);

-- The units whose matters the audit draws from; none means every unit.
create table audit_unit (
    audit_id uuid not null references audit (id),
    unit_id  uuid not null references unit (id),
    primary key (audit_id, unit_id)
);

-- The sample, in the order it was drawn. Reviewed when a reviewer has marked the matter done.
create table audit_matter (
    audit_id    uuid not null references audit (id),
    matter_id   uuid not null references matter (id),
    position    int not null check (position >= 1),
    reviewed_at timestamptz,
    reviewed_by uuid references app_user (id),
    primary key (audit_id, matter_id),
    unique (audit_id, position),
    check ((reviewed_at is null) = (reviewed_by is null))
);

-- One answer per question per matter in an audit, whoever gives it: the results count matters, and the
-- last reviewer to save it is recorded. A cleared answer keeps its row with no answer (nothing is deleted).
create table audit_answer (
    audit_id    uuid not null,
    matter_id   uuid not null,
    question_id uuid not null references audit_question (id),
    answer      text check (answer in ('YES', 'PARTLY', 'NO', 'NOT_APPLICABLE')),
    scale       int check (scale between 1 and 5),
    comment     text check (length(comment) <= 4000),
    answered_by uuid not null references app_user (id),
    answered_at timestamptz not null default clock_timestamp(),
    primary key (audit_id, matter_id, question_id),
    foreign key (audit_id, matter_id) references audit_matter (audit_id, matter_id),
    check (answer is null or scale is null)
);

create index audit_answer_question_idx on audit_answer (question_id);

create function audit_key_used_is_final() returns trigger language plpgsql as $$
declare
    key uuid;
begin
    key := case when tg_table_name = 'audit_key' then old.id else old.key_id end;
    if exists (select 1 from audit where key_id = key) then
        raise exception '%: the key is used by an audit and cannot be changed; make a new version', tg_table_name;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger audit_key_final before update or delete on audit_key
    for each row execute function audit_key_used_is_final();
create trigger audit_question_final before update or delete on audit_question
    for each row execute function audit_key_used_is_final();

-- The example key, after the review of family-oriented work in a Stockholm district (2021): were the
-- child's and the adults' case workers working together, was the child informed and heard, and was the
-- family seen as a whole with each member's needs.
insert into audit_key (id, code, version, name, description) values
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 'FAMILY_ORIENTED', 1, 'Familjeorienterat arbetssätt',
     'Granskar om barnets och de vuxnas handläggare arbetat samordnat kring familjen, om barnet fått information '
     || 'och komma till tals, och om familjen beskrivs som helhet med varje familjemedlems behov.');

insert into audit_question (id, key_id, number, group_name, text, answer_kind, scale_low, scale_high) values
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0101', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 1, 'Samråd och samordning',
     'Har barnets handläggare och de vuxnas handläggare haft samråd om familjen?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0102', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 2, 'Samråd och samordning',
     'Syns det att handläggarna har använt varandras kunskaper, till exempel om beroende, psykisk ohälsa eller våld?',
     'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0103', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 3, 'Samråd och samordning',
     'Har utredningarna planerats tillsammans av de handläggare som arbetar med familjen?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0104', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 4, 'Samråd och samordning',
     'Har handläggarna gjort bedömningen tillsammans?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0105', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 5, 'Samråd och samordning',
     'Finns en barnkonsekvensanalys som handläggarna har gjort gemensamt?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0106', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 6, 'Samråd och samordning',
     'Har uppdraget till utföraren skrivits gemensamt och utifrån hela familjens behov?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0107', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 7, 'Barnets delaktighet',
     'Har handläggaren träffat barnet?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0108', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 8, 'Barnets delaktighet',
     'Har barnet fått information om ärendet på ett sätt som passar barnets ålder?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0109', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 9, 'Barnets delaktighet',
     'Har barnet fått säga vad hen tycker, och står barnets synpunkter med i dokumentationen?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0110', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 10, 'Familjen som helhet',
     'Beskrivs familjen som en helhet, med hur familjemedlemmarna påverkar varandra?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0111', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 11, 'Familjen som helhet',
     'Beskrivs varje familjemedlems egna behov?', 'YES_PARTLY_NO_NA', null, null),
    ('6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0112', '6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001', 12, 'Familjen som helhet',
     'Hur tydlig är samverkan mellan handläggarna kring familjen, sammantaget?', 'SCALE',
     'Ingen synlig samverkan', 'Samverkan i alla steg');
