-- The name search's fallback, a word from the middle of a part ("ndqvist" in "Lindqvist"), used when no part of any
-- name the reader may list starts with it. Until now it tested the folded name of every person through a trigram
-- index on person.search_name; at national size ("ndqvist": 43 000 candidates among 2.2 million persons) the index's
-- bitmap alone took 20 ms. A country has far fewer distinct name parts than persons, so the fallback now finds the
-- parts that hold the word among the distinct parts, here, and reads their persons from the part index as the
-- search by the start of a part does (ADR 25).
--
-- name_part_word: each distinct part of a folded name, kept by the database when an entry of person_name_part is
--     written. A part no longer in any name stays (it finds no person); the table only grows with new spellings.
create table name_part_word (
    part text primary key
);

insert into name_part_word select distinct part from person_name_part;

create index name_part_word_trgm_idx on name_part_word using gin (part gin_trgm_ops);

create function name_part_word_added() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    insert into name_part_word select distinct a.part from added a
    where not exists (select 1 from name_part_word w where w.part = a.part)
    on conflict do nothing;
    return null;
end;
$$;

create trigger name_part_word_added after insert on person_name_part
    referencing new table as added for each statement execute function name_part_word_added();

-- Nothing reads the folded name of every person any more.
drop index person_search_name_trgm_idx;

analyze name_part_word;
