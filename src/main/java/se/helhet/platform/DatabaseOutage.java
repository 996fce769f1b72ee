package se.helhet.platform;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The database cannot be reached: down, restarting, still recovering, or too busy to give a connection or
 * finish a statement in time ({@link StatementTimeout}). Nothing is wrong with the request, so Helhet answers
 * 503 with a hint to try again, never 401 or 500, and serves again as soon as the connection pool reaches the
 * database.
 */
public final class DatabaseOutage {

    static final String DATABASE_AWAY = "problem.unavailable.database";
    static final String STARTING = "problem.unavailable.starting";
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseOutage() {
    }

    /** Whether the failure comes from an unreachable database (anywhere in its chain of causes). */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // 08: the connection failed or broke; 57P: the server is shutting down, crashed or starting; 57014: the
            // statement ran out of its time under load.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                        || sql.getSQLState().equals("57014"))) {
                return true;
            }
            // A rollback on a connection the pool has already thrown away hides the failure that caused it.
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                return causes(rollback.getApplicationException());
            }
            // A commit that broke off and whose rollback then failed reports only the rollback ("Connection is
            // closed", no SQL state): PostgreSQL never refuses a rollback, so its failure is a lost connection.
            if (t instanceof TransactionSystemException rollback && rollback.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** 503 as problem+json, for the API, with the database's absence explained. */
    public static void answer(HttpServletResponse response) throws IOException {
        answer(response, DATABASE_AWAY);
    }

    /** 503 for a page: the Swedish "tillfälligt otillgänglig" error page, with a hint to try again. */
    public static void answerPage(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** The problem details in the language of the request being answered, if there is one. */
    static void answer(HttpServletResponse response, String detailKey) throws IOException {
        Locale language = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                ? UserTexts.languageOf(current.getRequest()) : UserTexts.SWEDISH;
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\""
                + UserTexts.text(language, "problem.status.503") + "\",\"status\":503,\"detail\":\""
                + UserTexts.text(language, detailKey) + "\"}");
    }
}
