-- Case notes (journalanteckningar) in a child's matter. A note is written as a draft, signed by its author,
-- and from then on never changed or removed: a mistake is corrected by a new note that names the old one.
create table case_note (
    id                     uuid primary key,
    matter_id              uuid not null references matter (id),
    type                   text not null check (type in ('CONVERSATION_WITH_CHILD', 'HOME_VISIT', 'SCHOOL_CONTACT',
                               'CONSULTATION', 'PHONE', 'OTHER')),
    occurred_on            date not null,
    minutes_spent          int not null check (minutes_spent between 0 and 1440),
    text                   text not null check (length(text) between 1 and 20000),
    -- Only for a conversation with the child: either the child's own words (a conversation was held) or
    -- why no conversation was held; whether the child was informed is required when one was held.
    child_informed         boolean,
    child_views            text check (length(child_views) <= 20000),
    no_conversation_reason text check (length(no_conversation_reason) <= 5000),
    -- Only for a contact with a school or preschool: which one.
    school_name            text check (length(school_name) <= 300),
    corrects_note_id       uuid unique references case_note (id),
    author_id              uuid not null references app_user (id),
    created_at             timestamptz not null default clock_timestamp(),
    signed_at              timestamptz,
    version                int not null default 0,
    check (type = 'CONVERSATION_WITH_CHILD'
           or (child_informed is null and child_views is null and no_conversation_reason is null)),
    check (type <> 'CONVERSATION_WITH_CHILD' or ((child_views is null) <> (no_conversation_reason is null))),
    check (type <> 'CONVERSATION_WITH_CHILD' or no_conversation_reason is not null or child_informed is not null),
    check ((type = 'SCHOOL_CONTACT') = (school_name is not null))
);

create index case_note_matter_idx on case_note (matter_id, occurred_on desc);

-- The application's user has no DELETE (afterMigrate.sql); this trigger refuses, from anyone, every change
-- to a signed note, every delete, and moving a draft to another matter or author.
create function case_note_signed_is_final() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'case_note: % refused, a case note is never removed', tg_op;
    end if;
    if old.signed_at is not null then
        raise exception 'case_note %: signed, cannot be changed; write a correction', old.id;
    end if;
    if new.matter_id <> old.matter_id or new.author_id <> old.author_id
       or new.corrects_note_id is distinct from old.corrects_note_id or new.created_at <> old.created_at then
        raise exception 'case_note %: matter, author and corrected note are fixed', old.id;
    end if;
    return new;
end;
$$;

create trigger case_note_no_change_after_signing
    before update or delete on case_note
    for each row execute function case_note_signed_is_final();

create trigger case_note_no_truncate
    before truncate on case_note
    for each statement execute function case_note_signed_is_final();
