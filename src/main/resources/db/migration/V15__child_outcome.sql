-- Outcomes at child level: school attendance and results at the start, the end and a set time after the
-- matter closed, and the experienced coordinated support at the end. School data is obtained only with the
-- guardians' consent, noted on the record; a full consent model comes later and can take the note over by
-- its id and purpose.

create table consent_note (            -- the guardians' consent noted on the record
    id           uuid primary key,
    child_id     uuid not null references person (id),
    matter_id    uuid not null references matter (id),
    purpose      text not null check (purpose in ('SCHOOL_OUTCOMES')),   -- more purposes come with the consent issue
    guardians    text not null check (length(guardians) between 1 and 500), -- who gave it, as the worker noted it
    given_on     date not null,
    withdrawn_on date,
    noted_by     uuid not null references app_user (id),
    noted_at     timestamptz not null default clock_timestamp(),
    withdrawn_by uuid references app_user (id),
    version      int not null default 0,
    check (withdrawn_on is null or withdrawn_on >= given_on),
    check ((withdrawn_on is null) = (withdrawn_by is null))
);

create index consent_note_matter_idx on consent_note (matter_id, purpose);
create index consent_note_child_idx on consent_note (child_id);

create table school_outcome (
    id                 uuid primary key,
    child_id           uuid not null references person (id),
    matter_id          uuid not null references matter (id),
    consent_id         uuid not null references consent_note (id),
    time_point         text not null check (time_point in ('START', 'END', 'FOLLOW_UP')),
    term               text not null check (term ~ '^(HT|VT)[0-9]{4}$'),
    attendance_percent numeric(4,1) check (attendance_percent between 0 and 100),
    result_kind        text check (result_kind in ('IUP', 'GRADES')),
    subjects_assessed  int check (subjects_assessed between 1 and 30),
    subjects_passed    int,      -- IUP: at or above the expected level; grades: E or higher
    recorded_on        date not null,
    recorded_by        uuid not null references app_user (id),
    recorded_at        timestamptz not null default clock_timestamp(),
    check (subjects_passed between 0 and subjects_assessed),
    check ((result_kind is null) = (subjects_assessed is null) and (subjects_assessed is null) = (subjects_passed is null)),
    check (attendance_percent is not null or subjects_assessed is not null),
    unique (matter_id, time_point)
);

create index school_outcome_child_idx on school_outcome (child_id);

-- The experienced coordinated support: a short questionnaire to the child and to a guardian at the end of
-- a matter, answered on paper or in a conversation and recorded by the worker. answers[i] is question i+1,
-- 1 (stämmer inte alls) to 5 (stämmer helt), or null when not answered; the questions are in messages-outcome.properties.
create table coordinated_support_answer (
    id          uuid primary key,
    matter_id   uuid not null references matter (id),
    respondent  text not null check (respondent in ('CHILD', 'GUARDIAN')),
    answered_on date not null,
    answers     jsonb not null check (jsonb_typeof(answers) = 'array'),  -- per question 1-5 or null
    recorded_by uuid not null references app_user (id),
    recorded_at timestamptz not null default clock_timestamp()
);

create index coordinated_support_answer_matter_idx on coordinated_support_answer (matter_id);
