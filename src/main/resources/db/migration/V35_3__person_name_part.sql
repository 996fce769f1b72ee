-- Name search by the start of a name's parts. In a national register the trigram index answers a common surname
-- from the bitmap of every name holding its trigrams (tens of thousands of names for "lindberg"); a btree over each
-- part of every folded name reads a typed part's matches in order and stops at the bound the search sorts, so that
-- a common name costs the page's bound, not the register's size. The trigram index stays for a part typed from the
-- middle of a name, which the search tries when no name has every typed word as the start of a part.

-- The parts of a folded name (person.search_name): split on white space and on every dash, as NameSearch splits a
-- query (Unicode's dash punctuation, Pd).
create function person_name_parts(search_name text) returns setof text
    language sql immutable strict parallel safe as $$
    select part
    from regexp_split_to_table(search_name,
        '[[:space:]\u002d\u058a\u05be\u1400\u1806\u2010-\u2015\u2e17\u2e1a\u2e3a\u2e3b\u2e40\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d]+')
        as part
    where part <> ''
$$;

-- One row per distinct part of each person's folded name, with the folded name itself, so that the other words of
-- a search and a person's first matching part are tested on the index entry without reading the person; and with
-- what the search sorts and filters by (names, birth date, protected identity), so that only the persons shown are
-- read, not every match sorted.
create table person_name_part (
    part               text not null,
    person_id          uuid not null,
    search_name        text not null,
    family_name        text not null,
    given_name         text not null,
    birth_date         date not null,
    protected_identity boolean not null
);

insert into person_name_part (part, person_id, search_name, family_name, given_name, birth_date, protected_identity)
select distinct x.part, p.id, p.search_name, p.family_name, p.given_name, p.birth_date, p.protected_identity
from person p cross join lateral person_name_parts(p.search_name) x(part);

-- Built after the rows it indexes: one sort instead of an insertion per part.
create unique index person_name_part_idx on person_name_part (part text_pattern_ops, person_id)
    include (search_name, family_name, given_name, birth_date, protected_identity);

-- Kept by the database in the statement that writes the person, whoever writes it (registration, the demo's COPY,
-- a test's insert), one statement's rows at a time. Runs as the owner: a changed person's old parts go, and the
-- application's own user may delete nothing.
create function person_name_part_inserted() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    insert into person_name_part (part, person_id, search_name, family_name, given_name, birth_date, protected_identity)
    select distinct x.part, n.id, n.search_name, n.family_name, n.given_name, n.birth_date, n.protected_identity
    from changed n cross join lateral person_name_parts(n.search_name) x(part);
    return null;
end;
$$;

create function person_name_part_updated() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    delete from person_name_part d
    using before o join changed n on n.id = o.id, lateral person_name_parts(o.search_name) x(part)
    where (o.search_name, o.family_name, o.given_name, o.birth_date, o.protected_identity)
              is distinct from (n.search_name, n.family_name, n.given_name, n.birth_date, n.protected_identity)
      and d.part = x.part and d.person_id = o.id;
    insert into person_name_part (part, person_id, search_name, family_name, given_name, birth_date, protected_identity)
    select distinct x.part, n.id, n.search_name, n.family_name, n.given_name, n.birth_date, n.protected_identity
    from before o join changed n on n.id = o.id, lateral person_name_parts(n.search_name) x(part)
    where (o.search_name, o.family_name, o.given_name, o.birth_date, o.protected_identity)
              is distinct from (n.search_name, n.family_name, n.given_name, n.birth_date, n.protected_identity);
    return null;
end;
$$;

create trigger person_name_part_inserted after insert on person
    referencing new table as changed for each statement execute function person_name_part_inserted();
create trigger person_name_part_updated after update on person
    referencing old table as before new table as changed for each statement
    execute function person_name_part_updated();
