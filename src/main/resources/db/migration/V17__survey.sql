-- Annual anonymous surveys to staff and to parents. A response is stored with its survey only: no user, no
-- code, no time, a random id (see docs/adr/0012-anonymous-surveys.md). Codes are kept as hashes.
create table survey (
    id         uuid primary key,
    audience   text not null check (audience in ('STAFF', 'PARENTS')),
    year       int not null check (year between 2000 and 2100),
    title      text not null check (length(title) between 1 and 200),
    state      text not null default 'DRAFT' check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    created_by uuid not null references app_user (id),
    created_at timestamptz not null default now(),
    -- One survey a year to each audience, so that a question can be followed from year to year.
    unique (audience, year)
);

-- The key stays the same when a survey is copied to the next year; results are matched across years by it.
create table survey_question (
    id           uuid primary key,
    survey_id    uuid not null references survey (id),
    position     int not null check (position > 0),
    question_key text not null check (question_key ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
    kind         text not null check (kind in ('LIKERT', 'FREE_TEXT')),
    text         text not null check (length(text) between 1 and 500),
    scale_labels text[],
    unique (survey_id, question_key),
    unique (survey_id, position),
    check ((kind = 'LIKERT') = (scale_labels is not null and cardinality(scale_labels) = 5))
);

-- A one-time code: only the SHA-256 of the code, and whether it has been used (not when).
create table survey_code (
    code_hash text primary key check (code_hash ~ '^[0-9a-f]{64}$'),
    survey_id uuid not null references survey (id),
    used      boolean not null default false
);

-- One filled-in questionnaire: the survey and whether it came through a code or on paper. Nothing else.
create table survey_response (
    id        uuid primary key,
    survey_id uuid not null references survey (id),
    channel   text not null check (channel in ('CODE', 'PAPER'))
);

create index survey_response_survey_idx on survey_response (survey_id);

create table survey_answer (
    response_id uuid not null references survey_response (id),
    question_id uuid not null references survey_question (id),
    step        smallint check (step between 1 and 5),
    free_text   text check (length(free_text) between 1 and 2000),
    primary key (response_id, question_id),
    check ((step is null) <> (free_text is null))
);
