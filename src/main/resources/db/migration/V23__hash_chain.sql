-- Tamper evidence for the access log and for signed case notes (ADR 8). The triggers refuse changes, but
-- the tables' owner can switch triggers off; so each row also carries its place in a chain (chain_seq) and
-- a keyed hash (HMAC-SHA256) over its content and the previous row's hash. The key is in Helhet's
-- configuration, never in the database: without it nobody can write a row, or rewrite one, that verifies.
-- chain_head holds each chain's newest link, locked by every writer so that links follow one another.
create table chain_head (
    chain     text primary key,
    last_seq  bigint not null default 0,
    last_hash bytea,
    -- A keyed hash over the head itself, so that the head cannot be moved to fit deleted rows.
    mac       bytea
);

insert into chain_head (chain) values ('trace'), ('case_note');

alter table trace add column chain_seq bigint, add column chain_hash bytea;
create unique index trace_chain_idx on trace (chain_seq);

alter table case_note add column chain_seq bigint, add column chain_hash bytea;
create unique index case_note_chain_idx on case_note (chain_seq);

-- The one change allowed to a row once written: giving a row without a link its link, nothing else. Rows
-- written before the chain existed are linked by the next migration; demo data loaded in bulk afterwards.
create or replace function trace_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
       and (old.id, old.at, old.user_id, old.username, old.action, old.record_type, old.record_id, old.person_id,
            old.person_ref, old.channel)
           is not distinct from (new.id, new.at, new.user_id, new.username, new.action, new.record_type,
            new.record_id, new.person_id, new.person_ref, new.channel) then
        return new;
    end if;
    raise exception 'trace is append-only: % refused', tg_op;
end;
$$;

create or replace function case_note_signed_is_final() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'case_note: % refused, a case note is never removed', tg_op;
    end if;
    if old.signed_at is not null then
        if old.chain_seq is null and new.chain_seq is not null
           and (to_jsonb(old) - 'chain_seq' - 'chain_hash') = (to_jsonb(new) - 'chain_seq' - 'chain_hash') then
            return new;
        end if;
        raise exception 'case_note %: signed, cannot be changed; write a correction', old.id;
    end if;
    if new.chain_seq is not null and new.signed_at is null then
        raise exception 'case_note %: only a signed note is linked into the chain', old.id;
    end if;
    if new.matter_id <> old.matter_id or new.author_id <> old.author_id
       or new.corrects_note_id is distinct from old.corrects_note_id or new.created_at <> old.created_at then
        raise exception 'case_note %: matter, author and corrected note are fixed', old.id;
    end if;
    return new;
end;
$$;
