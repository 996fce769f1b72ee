-- Coordinated individual plans: the statutory SIP (with health care and other actors) and the Intern-SIP between
-- the units of social services, for one person. Offered, then accepted or declined; an accepted plan is held at a
-- meeting that records the person's needs and goals in their own words and who does what by when, and is followed
-- up on a set date. The dates of the steps are columns, so the indicators (offered, accepted, held) are plain SQL.
create table sip (
    id                uuid primary key,
    kind              text not null check (kind in ('SIP', 'INTERN_SIP')),
    person_id         uuid not null references person (id),
    -- The matter the plan belongs to, when there is one; its unit's staff read the plan as they read the matter.
    matter_id         uuid references matter (id),
    -- The unit that coordinates the plan.
    unit_id           uuid not null references unit (id),
    coordinator_id    uuid not null references app_user (id),
    state             text not null check (state in ('OFFERED', 'ACCEPTED', 'DECLINED', 'HELD', 'FOLLOWED_UP')),
    offered_on        date not null,
    accepted_on       date,
    declined_on       date,
    declined_reason   text check (length(declined_reason) <= 2000),
    held_on           date,
    needs             text check (length(needs) <= 10000),
    goals             text check (length(goals) <= 10000),
    follow_up_on      date,
    followed_up_on    date,
    follow_up_outcome text check (length(follow_up_outcome) <= 10000),
    created_at        timestamptz not null default clock_timestamp(),
    created_by        uuid not null references app_user (id),
    check (accepted_on is null or declined_on is null),
    check (held_on is null or (accepted_on is not null and needs is not null and goals is not null
                               and follow_up_on is not null)),
    check (followed_up_on is null or (held_on is not null and follow_up_outcome is not null))
);

create index sip_person_idx on sip (person_id);
create index sip_matter_idx on sip (matter_id) where matter_id is not null;
create index sip_offered_idx on sip (offered_on);

-- Who takes part: a unit of the district, or an actor outside social services by kind and name.
create table sip_participant (
    sip_id     uuid not null references sip (id),
    position   int not null,
    unit_id    uuid references unit (id),
    actor_kind text check (actor_kind in ('SCHOOL', 'PRESCHOOL', 'CHILD_HEALTH_CENTRE', 'CHILD_PSYCHIATRY',
                           'ADULT_PSYCHIATRY', 'HEALTH_CARE', 'YOUTH_CLINIC', 'POLICE', 'CIVIL_SOCIETY', 'OTHER')),
    actor_name text check (length(actor_name) between 1 and 200),
    primary key (sip_id, position),
    check ((unit_id is null) = (actor_kind is not null) and (actor_kind is null) = (actor_name is null))
);

create index sip_participant_unit_idx on sip_participant (unit_id) where unit_id is not null;

-- Who does what by when, as agreed at the meeting.
create table sip_action (
    sip_id   uuid not null references sip (id),
    position int not null,
    who      text not null check (length(who) between 1 and 200),
    what     text not null check (length(what) between 1 and 2000),
    by_when  date not null,
    primary key (sip_id, position)
);
