-- The name-part index's entries carry what a search tests on them, so that the tests are a comparison and a LIKE
-- instead of regular expressions on every entry read. At 32 users the name search's regular expressions (the other
-- words at the start of a part, and whether an earlier part also starts with the word read) were most of its
-- database time.
--
-- name_parts: the name's parts, each after one space (' anna karin lindberg'), so that a word starts a part exactly
--     when name_parts is like '% word%' (a word holds no space or dash: a query is split on them).
-- previous_part: the part of the same name just before this one in the index's order (byte order, as
--     text_pattern_ops compares), null for the first. A search counts a person once, at the first part starting with
--     the word it reads: an entry is that first part exactly when no earlier part is at or after the word, that is
--     when previous_part is null or before the word.
-- search_name is no longer held: nothing tests it on the entry.

-- Emptied and filled again: every entry changes. Dropping search_name drops the index that includes it.
truncate person_name_part;
alter table person_name_part
    drop column search_name,
    add column name_parts text not null,
    add column previous_part text;

-- A person's entries: one per distinct part of the folded name, as a row of the table (its columns in the table's
-- order, the two added above last). Written once here, for the fill below and for both triggers.
create function person_name_part_entries(person_id uuid, search_name text, family_name text, given_name text,
                                         birth_date date, protected_identity boolean)
    returns setof person_name_part language sql immutable parallel safe as $$
    select x.part, $1, $3, $4, $5, $6,
           ' ' || string_agg(x.part, ' ') over (), lag(x.part) over (order by x.part collate "C")
    from (select distinct p.part from person_name_parts($2) p(part)) x
$$;

insert into person_name_part
select e.* from person p cross join lateral person_name_part_entries(p.id, p.search_name, p.family_name,
                                                                     p.given_name, p.birth_date, p.protected_identity) e;

create unique index person_name_part_idx on person_name_part (part text_pattern_ops, person_id)
    include (name_parts, previous_part, family_name, given_name, birth_date, protected_identity);

-- The planner knows the refilled table at once. Its visibility map, which the searches' index-only scans read, is set
-- by V35_8's vacuum: VACUUM cannot run inside this migration's transaction.
analyze person_name_part;

create or replace function person_name_part_inserted() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    insert into person_name_part
    select e.* from changed n cross join lateral person_name_part_entries(n.id, n.search_name, n.family_name,
                                                                          n.given_name, n.birth_date,
                                                                          n.protected_identity) e;
    return null;
end;
$$;

create or replace function person_name_part_updated() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    delete from person_name_part d
    using before o join changed n on n.id = o.id, lateral person_name_parts(o.search_name) x(part)
    where (o.search_name, o.family_name, o.given_name, o.birth_date, o.protected_identity)
              is distinct from (n.search_name, n.family_name, n.given_name, n.birth_date, n.protected_identity)
      and d.part = x.part and d.person_id = o.id;
    insert into person_name_part
    select e.* from before o join changed n on n.id = o.id
    cross join lateral person_name_part_entries(n.id, n.search_name, n.family_name, n.given_name, n.birth_date,
                                                n.protected_identity) e
    where (o.search_name, o.family_name, o.given_name, o.birth_date, o.protected_identity)
              is distinct from (n.search_name, n.family_name, n.given_name, n.birth_date, n.protected_identity);
    return null;
end;
$$;
