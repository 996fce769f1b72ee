-- Each distinct part of a folded name once, with the number of persons whose name has it (ADR 25). Kept by the
-- database in the statement that writes person_name_part. Two searches read it:
--
-- * A search of several words reads the part index from the word with the fewest entries. It counted each word's
--   range in the part index, up to 5 000 entries each: for two common words ("anna lind" among 2.2 million persons)
--   10 000 entries read to learn nothing. A word's range here is the sum over its distinct parts (a few hundred
--   rows at most for a word of two letters).
-- * The fallback, a word from the middle of a part ("ndqvist" in "Lindqvist"), used when no part of any name the
--   reader may list starts with it. It tested the folded name of every person through a trigram index on
--   person.search_name; at national size ("ndqvist": 43 000 candidates) the index's bitmap alone took 20 ms. The
--   parts holding the word are found here, through a trigram index over far fewer rows, and their persons read from
--   the part index.
--
-- name_part_word.entries: the entries of person_name_part with this part, that is the persons whose name has it. A
--     part no name holds any more stays, with 0. The rows are locked in the order of their parts, so that two
--     transactions writing names with the same parts wait for each other rather than deadlock.
create table name_part_word (
    part    text   not null,
    entries bigint not null
);

insert into name_part_word select part, count(*) from person_name_part group by part;

create unique index name_part_word_idx on name_part_word (part text_pattern_ops) include (entries);
create index name_part_word_trgm_idx on name_part_word using gin (part gin_trgm_ops);

create function name_part_word_added() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    insert into name_part_word (part, entries)
    select a.part, count(*) from added a group by a.part order by a.part
    on conflict (part text_pattern_ops) do update set entries = name_part_word.entries + excluded.entries;
    return null;
end;
$$;

create function name_part_word_removed() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    perform 1 from name_part_word w where w.part in (select r.part from removed r) order by w.part for update;
    update name_part_word w set entries = w.entries - r.entries
    from (select part, count(*) as entries from removed group by part) r
    where w.part = r.part;
    return null;
end;
$$;

create trigger name_part_word_added after insert on person_name_part
    referencing new table as added for each statement execute function name_part_word_added();
create trigger name_part_word_removed after delete on person_name_part
    referencing old table as removed for each statement execute function name_part_word_removed();

-- Nothing reads the folded name of every person any more.
drop index if exists person_search_name_trgm_idx;

analyze name_part_word;
