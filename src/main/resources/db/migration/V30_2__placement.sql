-- The placement forum (placeringsforum): once a month the children and youth units go through every child placed
-- outside the home (a placement is an intervention: foster home, emergency foster home, residential care) and plan
-- the way home. For each placement: the plan for the way home, what must happen at home, and for a school-age child
-- the school continuity plan (SiSam): the school the child attends and who is responsible for the schooling before,
-- during and after the placement. Each meeting is recorded with its participants and, per child, what was discussed
-- and decided.
create table placement_plan (
    intervention_id uuid primary key references intervention (id),
    -- The placed child, kept here so a read or a write is logged against the child without asking again.
    child_id        uuid not null references person (id),
    home_plan       text check (length(home_plan) between 1 and 10000),
    at_home         text check (length(at_home) between 1 and 10000),
    school_name     text check (length(school_name) between 1 and 200),
    school_before   text check (length(school_before) between 1 and 200),
    school_during   text check (length(school_during) between 1 and 200),
    school_after    text check (length(school_after) between 1 and 200),
    updated_at      timestamptz not null default clock_timestamp(),
    updated_by      uuid not null references app_user (id),
    version         int not null default 0
);

create table placement_forum_meeting (
    id          uuid primary key,
    held_on     date not null,
    recorded_at timestamptz not null default clock_timestamp(),
    recorded_by uuid not null references app_user (id)
);

create index placement_forum_meeting_held_idx on placement_forum_meeting (held_on);

create table placement_forum_participant (
    meeting_id uuid not null references placement_forum_meeting (id),
    user_id    uuid not null references app_user (id),
    primary key (meeting_id, user_id)
);

-- What the meeting discussed and decided about one placed child.
create table placement_forum_review (
    meeting_id      uuid not null references placement_forum_meeting (id),
    intervention_id uuid not null references intervention (id),
    child_id        uuid not null references person (id),
    discussed       text not null check (length(discussed) between 1 and 10000),
    decided         text check (length(decided) between 1 and 10000),
    primary key (meeting_id, intervention_id)
);

create index placement_forum_review_intervention_idx on placement_forum_review (intervention_id);
