package se.helhet.platform;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * A session's last access is written at most once a minute (ADR 20). Spring Session moves it at every request
 * and writes it with the session's row, so every page cost a committed write, flushed to disk, for a time that
 * only decides when the session expires. The update below leaves the row alone while the stored time is less
 * than a minute old and nothing else of the row changed; with no row changed the transaction commits without
 * waiting for the disk. The price: a session ends between 29 and 30 minutes after its last request instead of
 * exactly 30. Attribute changes (a sign-in, a refused form) are written as before.
 */
@Component
class SessionLastAccess implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    private static final long WRITTEN_AT_MOST_EVERY_MILLIS = 60_000;

    private static final String UPDATE = """
            update %TABLE_NAME% s
            set session_id = v.session_id, last_access_time = v.last_access_time,
                max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time,
                principal_name = v.principal_name
            from (values (?::char(36), ?::bigint, ?::int, ?::bigint, ?::varchar, ?::char(36)))
                as v(session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
            where s.primary_id = v.primary_id
              and (s.session_id <> v.session_id
                or s.max_inactive_interval <> v.max_inactive_interval
                or s.principal_name is distinct from v.principal_name
                or v.last_access_time - s.last_access_time >= """ + WRITTEN_AT_MOST_EVERY_MILLIS + ")";

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        sessions.setUpdateSessionQuery(UPDATE);
    }
}
