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

-- One entry per distinct part of each folded name; the triggers below make the same entries of the persons their
-- statement wrote.
insert into person_name_part (part, person_id, name_parts, previous_part, family_name, given_name, birth_date,
                              protected_identity)
select e.part, e.id, ' ' || string_agg(e.part, ' ') over (partition by e.id),
       lag(e.part) over (partition by e.id order by e.part collate "C"),
       e.family_name, e.given_name, e.birth_date, e.protected_identity
from (select distinct x.part, p.id, p.family_name, p.given_name, p.birth_date, p.protected_identity
      from person p cross join lateral person_name_parts(p.search_name) x(part)) e;

create unique index person_name_part_idx on person_name_part (part text_pattern_ops, person_id)
    include (name_parts, previous_part, family_name, given_name, birth_date, protected_identity);

-- The planner knows the refilled table at once; its visibility map, which the searches' index-only scans read, follows
-- from autovacuum a minute or so later (VACUUM cannot run inside the migration's transaction).
analyze person_name_part;

create or replace function person_name_part_inserted() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    insert into person_name_part (part, person_id, name_parts, previous_part, family_name, given_name, birth_date,
                                  protected_identity)
    select e.part, e.id, ' ' || string_agg(e.part, ' ') over (partition by e.id),
           lag(e.part) over (partition by e.id order by e.part collate "C"),
           e.family_name, e.given_name, e.birth_date, e.protected_identity
    from (select distinct x.part, n.id, n.family_name, n.given_name, n.birth_date, n.protected_identity
          from changed n cross join lateral person_name_parts(n.search_name) x(part)) e;
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
    insert into person_name_part (part, person_id, name_parts, previous_part, family_name, given_name, birth_date,
                                  protected_identity)
    select e.part, e.id, ' ' || string_agg(e.part, ' ') over (partition by e.id),
           lag(e.part) over (partition by e.id order by e.part collate "C"),
           e.family_name, e.given_name, e.birth_date, e.protected_identity
    from (select distinct x.part, n.id, n.family_name, n.given_name, n.birth_date, n.protected_identity
          from before o join changed n on n.id = o.id, lateral person_name_parts(n.search_name) x(part)
          where (o.search_name, o.family_name, o.given_name, o.birth_date, o.protected_identity)
                    is distinct from (n.search_name, n.family_name, n.given_name, n.birth_date, n.protected_identity)) e;
    return null;
end;
$$;
