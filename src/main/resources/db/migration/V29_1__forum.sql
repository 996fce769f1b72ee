-- The collaboration forum (samverkansforum) where social services meet preschool, school, health care and
-- police at fixed times, and the questions brought to it for consultation. A consultation brought anonymously
-- is a row of forum_consultation and nothing else: no column of these tables holds a person, and the row has
-- no time of its own (the meeting's day is its date) that could be matched against the access log. Only a
-- consultation brought with the guardians' consent names its child, in a table of its own (V29_3).
create table forum (
    id         uuid primary key,
    name       text not null check (length(name) between 1 and 200),
    -- The unit of social services that runs the forum; consents for consultations name it as recipient.
    unit_id    uuid not null references unit (id),
    -- The part of the district it serves: anonymous consultations are counted as pilot or ordinary by it.
    area_id    uuid references area (id),
    -- The preschools and schools it serves, as written.
    serves     text not null check (length(serves) between 1 and 500),
    recurrence text not null check (recurrence in ('WEEKLY', 'EVERY_OTHER_WEEK', 'MONTHLY', 'TWICE_A_TERM')),
    -- When it meets, in words: "första tisdagen i månaden kl. 13–15".
    schedule   text check (length(schedule) <= 300),
    created_by uuid not null references app_user (id),
    created_at timestamptz not null default now()
);

create table forum_meeting (
    id          uuid primary key,
    forum_id    uuid not null references forum (id),
    held_on     date not null,
    notes       text check (length(notes) <= 5000),
    recorded_by uuid not null references app_user (id),
    recorded_at timestamptz not null default now()
);

create index forum_meeting_by_forum on forum_meeting (forum_id, held_on);

-- Who took part: a member of staff, or someone of an external actor by kind, name and role. Professionals
-- only; the family is never a participant here.
create table forum_participant (
    meeting_id uuid not null references forum_meeting (id),
    position   int not null,
    staff_id   uuid references app_user (id),
    actor_kind text check (actor_kind in ('SCHOOL', 'PRESCHOOL', 'CHILD_HEALTH_CENTRE', 'CHILD_PSYCHIATRY',
                   'ADULT_PSYCHIATRY', 'HEALTH_CARE', 'YOUTH_CLINIC', 'POLICE', 'CIVIL_SOCIETY', 'OTHER')),
    name       text not null check (length(name) between 1 and 200),
    role       text check (length(role) <= 200),
    primary key (meeting_id, position),
    check ((staff_id is null) <> (actor_kind is null))
);

-- One question brought to a meeting: the situation in anonymous form with the child's age group, the advice
-- given, the actions agreed, and who follows up and when. Who brought it is a role as written ("skolans
-- kurator"), not an account.
create table forum_consultation (
    id           uuid primary key,
    meeting_id   uuid not null references forum_meeting (id),
    age_group    text not null check (age_group in ('UNDER_6', 'SCHOOL_AGE', 'TEENAGER')),
    brought_by   text not null check (length(brought_by) between 1 and 200),
    question     text not null check (length(question) between 1 and 5000),
    advice       text not null check (length(advice) between 1 and 5000),
    actions      text check (length(actions) <= 5000),
    follow_up_by text not null check (length(follow_up_by) between 1 and 200),
    follow_up_on date
);

create index forum_consultation_by_meeting on forum_consultation (meeting_id);
