-- Linking a child or family over to another actor (länka över): a referral from a preliminary assessment or
-- from a matter, what for, and its follow-ups (did the help come, and when). It replaces the preliminary
-- assessment's free text "slussas till", whose texts become referrals to an actor of kind OTHER.
create table referral (
    id          uuid primary key,
    matter_id   uuid not null references matter (id),
    -- The report whose preliminary assessment made the referral (with the matter it names the assessment);
    -- null for a referral made later in the matter.
    report_id   uuid references report (id),
    actor_kind  text not null check (actor_kind in ('SCHOOL', 'PRESCHOOL', 'CHILD_HEALTH_CENTRE', 'CHILD_PSYCHIATRY',
                    'ADULT_PSYCHIATRY', 'HEALTH_CARE', 'YOUTH_CLINIC', 'POLICE', 'CIVIL_SOCIETY', 'OTHER')),
    actor_name  text not null check (length(actor_name) between 1 and 300),
    -- What the family is referred for; null only for the free texts moved here, which never said.
    purpose     text check (length(purpose) between 1 and 2000),
    referred_on date not null,
    referred_by uuid not null references app_user (id),
    recorded_at timestamptz not null default now()
);

create index referral_by_matter on referral (matter_id);

-- Each time the worker checks with the family or the actor: whether the help has come, from which day.
create table referral_follow_up (
    id               uuid primary key,
    referral_id      uuid not null references referral (id),
    followed_up_on   date not null,
    help_received    boolean not null,
    help_received_on date,
    note             text check (length(note) <= 2000),
    recorded_by      uuid not null references app_user (id),
    recorded_at      timestamptz not null default now(),
    check (help_received or help_received_on is null)
);

create index referral_follow_up_by_referral on referral_follow_up (referral_id, followed_up_on);

insert into referral (id, matter_id, report_id, actor_kind, actor_name, purpose, referred_on, referred_by, recorded_at)
select gen_random_uuid(), c.matter_id, p.report_id, 'OTHER', left(btrim(p.linked_actor), 300), null, p.decided_on,
       p.decided_by, p.recorded_at
from preliminary_assessment p
join report_child c on c.report_id = p.report_id and c.child_id = p.child_id
where nullif(btrim(p.linked_actor), '') is not null;

alter table preliminary_assessment drop column linked_actor;
