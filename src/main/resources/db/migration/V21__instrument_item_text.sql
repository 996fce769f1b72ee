-- Licensed item texts of the instruments' forms. Helhet ships item numbers only (the wording is copyrighted);
-- a municipality with a licence loads the texts of a form, and the form on the page shows them beside the
-- numbers. Loading replaces a form's texts as a whole: one row per load, its texts in instrument_item_text.
--
-- The previous version is kept, texts and all: a replaced or removed load gets ended_at and ended_by (who
-- loaded the next one, or who removed it) and is never shown again, but one can still see which wording the
-- workers had in front of them on a given day. Nothing is deleted (the application may not delete).
create table instrument_item_text_load (
    id          uuid primary key,
    instrument  text not null,
    form        text not null,
    language    text not null default 'sv' check (language in ('sv')),
    items       int not null check (items between 1 and 100),
    loaded_by   uuid not null references app_user (id),
    loaded_at   timestamptz not null default clock_timestamp(),
    ended_by    uuid references app_user (id),
    ended_at    timestamptz,
    -- SDQ has a parent, a teacher and a self-report form; AUDIT and DUDIT one each.
    check ((instrument = 'SDQ' and form in ('PARENT', 'TEACHER', 'SELF'))
        or (instrument in ('AUDIT', 'DUDIT') and form = 'STANDARD')),
    check ((ended_by is null) = (ended_at is null))
);

-- At most one load in use per form and language.
create unique index instrument_item_text_load_current on instrument_item_text_load (instrument, form, language) where ended_at is null;

create table instrument_item_text (
    load_id uuid not null references instrument_item_text_load (id),
    item    int not null check (item >= 1),
    text    text not null check (length(text) between 1 and 500),
    primary key (load_id, item)
);
