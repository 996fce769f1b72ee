package se.helhet.access;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member of staff signed in on the test's own thread, for a test that calls a module's extension point (a family
 * view's section) the way the page that hosts it would, before that page exists.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** Runs the work as the user, signed out again afterwards. */
    public static void as(CurrentUser user, Runnable work) {
        StaffPrincipal principal = new StaffPrincipal(user, "", true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
