package se.helhet.access;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.helhet.platform.DatabaseOutage;

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
            response.getWriter().write("""
                    {"type":"about:blank","title":"Inloggning krävs","status":401,\
                    "detail":"För många misslyckade inloggningar från den här klienten. Försök igen om %d minuter."}"""
                    .formatted(locked.minutes()));
            return;
        }
        response.getWriter().write("""
                {"type":"about:blank","title":"Inloggning krävs","status":401,\
                "detail":"Ange användarnamn och lösenord (HTTP Basic)."}""");
    }
}
