package se.helhet.access;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lock-outs of a client from an account, kept for the administrator. Only lock-outs of accounts that exist
 * are kept: a name nobody has would let a guesser fill the table with whatever it types.
 */
@Repository
class LoginLockouts {

    private final JdbcClient jdbc;

    LoginLockouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lock-out's id, or empty when no account has the name. */
    Optional<Long> record(LoginThrottle.Attempt attempt, LoginThrottle.LockOut lockOut) {
        return jdbc.sql("""
                        insert into login_lockout (user_id, client, failures, locked_until)
                        select id, :client, :failures, clock_timestamp() + make_interval(secs => :seconds)
                        from app_user where username = :username
                        returning id""")
                .param("client", attempt.client().value())
                .param("failures", lockOut.failures())
                .param("seconds", (double) lockOut.duration().toSeconds())
                .param("username", attempt.username())
                .query(Long.class).optional();
    }

    List<LoginLockout> since(Duration ago) {
        return jdbc.sql("""
                        select l.at, u.username, u.display_name, l.client, l.failures, l.locked_until
                        from login_lockout l join app_user u on u.id = l.user_id
                        where l.at > clock_timestamp() - make_interval(secs => :seconds)
                        order by l.at desc limit 200""")
                .param("seconds", (double) ago.toSeconds())
                .query((rs, n) -> new LoginLockout(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("client"), rs.getInt("failures"),
                        rs.getTimestamp("locked_until").toInstant()))
                .list();
    }
}
