-- Runs after every migration, as the migrating (owner) user. The application connects as
-- ${appDbUser}: it may read and write, never delete (a unit membership aside), and never change the trace.
do $$
begin
    if '${appDbUser}' <> current_user then
        execute format('grant usage on schema public to %I', '${appDbUser}');
        execute format('grant select, insert, update on all tables in schema public to %I', '${appDbUser}');
        execute format('grant usage, select, update on all sequences in schema public to %I', '${appDbUser}');
        execute format('revoke update, delete, truncate on trace from %I', '${appDbUser}');
        execute format('revoke delete, truncate on all tables in schema public from %I', '${appDbUser}');
        -- A unit membership is present state; staff_change keeps its history, and is itself never changed.
        execute format('grant delete on user_unit to %I', '${appDbUser}');
        execute format('revoke update on staff_change from %I', '${appDbUser}');
        -- Sessions end and are cleaned up; a throttle's count is forgotten after its time.
        execute format('grant delete on spring_session, spring_session_attributes, failure_count to %I',
                       '${appDbUser}');
    end if;
end;
$$;
