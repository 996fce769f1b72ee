-- A consultation brought with the guardians' consent names its child and the consent it rests on, found in force
-- when it was brought. Only these rows of the forum's tables point at a person; an anonymous consultation has none.
create table forum_consultation_consent (
    consultation_id uuid primary key references forum_consultation (id),
    child_id        uuid not null references person (id),
    consent_id      uuid not null references consent (id)
);

create index forum_consultation_consent_by_child on forum_consultation_consent (child_id);
