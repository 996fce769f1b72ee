package se.helhet.access;

import java.io.IOException;
import java.util.Locale;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.helhet.platform.DatabaseOutage;
import se.helhet.platform.UserTexts;

/**
 * An API call without valid credentials: 401 as problem+json, with the Basic challenge. Credentials that
 * could not be checked because the database is away are no reason to log in again: 503.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.causes(e)) {
            DatabaseOutage.answer(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Helhet\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (e instanceof LoginLockedOut locked) {
            response.setHeader("Retry-After", Long.toString(locked.waitFor().toSeconds() + 1));
            writeUnauthorized(request, response, "problem.unauthorized.lockedOut", locked.minutes());
            return;
        }
        writeUnauthorized(request, response, "problem.unauthorized.basic");
    }

    /** The 401 problem details, in the language the client asks for. */
    static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response, String detailKey,
                                  Object... args) throws IOException {
        Locale language = UserTexts.languageOf(request);
        response.getWriter().write("""
                {"type":"about:blank","title":"%s","status":401,"detail":"%s"}"""
                .formatted(json(UserTexts.text(language, "problem.unauthorized.title")),
                        json(UserTexts.text(language, detailKey, args))));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
