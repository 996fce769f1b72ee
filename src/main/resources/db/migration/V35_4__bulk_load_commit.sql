-- The deferred trigger fires once for every child the transaction touched; the first firing refreshes them all and
-- empties indicator_pending. Asking whether the table still held any row made every later firing read all the rows
-- the transaction had deleted (they stay in the table until it commits): quadratic in the children touched, which
-- at the commit of a city's demo data (every person gets an area) is hundreds of thousands of firings over as many
-- dead rows. Asking for the firing row's own child is one index lookup; a child touched again after the refresh
-- is inserted anew, and its own firing finds it.
create or replace function indicator_pending_refreshed() returns trigger language plpgsql
    security definer set search_path = public as $$
begin
    if exists (select 1 from indicator_pending where child_id = new.child_id) then
        perform indicator_refresh(array(select child_id from indicator_pending));
        delete from indicator_pending;
    end if;
    return null;
end;
$$;

-- Statistics for rows a transaction has just written, before it commits: a bulk load (the demo's) otherwise commits
-- with the planner still taking its new tables for empty, and the refresh above, which runs at that commit, plans
-- its correlated lookups as if every table held a handful of rows. ANALYZE counts the transaction's own rows; only
-- a table's owner may run it, hence security definer.
create function refresh_statistics() returns void language plpgsql security definer set search_path = public as $$
begin
    analyze;
end;
$$;
