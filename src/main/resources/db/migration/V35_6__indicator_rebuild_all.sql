-- A load that touches every person (the demo's city history) refreshed the projection a child at a time at its
-- commit: 385 836 children's rows looked up one by one in every view, 74 s, where one set-based insert per table
-- (as V35_1 and V35_2 filled them) reads each view once. This rebuilds every projection table from its view and
-- leaves nothing pending, so the deferred refresh at the commit finds no child to refresh. The per-child path stays
-- what every other write uses.
--
-- The tables are found by name, each `indicator_X` beside its view `indicator_X_counted`: the views stay the one
-- place the definitions are read, and a table projected later is rebuilt here without a second list to keep.
-- Runs as the owner: the application's own user may delete nothing.
create function indicator_rebuild_all() returns void language plpgsql
    security definer set search_path = public as $$
declare
    projection text;
begin
    -- Writers that touch a child wait until this commits; their refresh then counts what this one wrote.
    lock table indicator_pending in share row exclusive mode;
    delete from indicator_pending;
    for projection in
        select t.relname from pg_class t
        join pg_class v on v.relname = t.relname || '_counted' and v.relnamespace = t.relnamespace and v.relkind = 'v'
        where t.relnamespace = 'public'::regnamespace and t.relkind = 'r' and t.relname like 'indicator\_%'
        order by t.relname
    loop
        execute format('delete from %I', projection);
        execute format('insert into %I select * from %I', projection, projection || '_counted');
        -- The pages read these first after a load; without statistics they would plan them as empty.
        execute format('analyze %I', projection);
    end loop;
end;
$$;
