package se.helhet.platform;

import java.io.IOException;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web server answers before Helhet is ready: on a first start the demo users are still being created.
 * Until then no login is tried (a login that fails for want of users would count towards a lock-out):
 * the API answers 503 and a login form sent goes back to the login page, which says that Helhet is starting.
 */
@Component
class ReadinessGate extends OncePerRequestFilter implements Ordered {

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        if (ErrorPages.isApi(request.getRequestURI())) {
            DatabaseOutage.answer(response, DatabaseOutage.STARTING);
        } else if (request.getRequestURI().equals("/login") && "POST".equals(request.getMethod())) {
            response.sendRedirect("/login");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Before Spring Security's filters, which would look the user up. */
    @Override
    public int getOrder() {
        return -101;
    }
}
