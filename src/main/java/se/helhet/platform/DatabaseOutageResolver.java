package se.helhet.platform;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns a failure to reach the database, from any controller, into 503. It runs before the controller
 * advice, so no module's handler can report an outage as a server error.
 */
@Component
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResolver.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseOutage.causes(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("Databasen går inte att nå ({}); svarar 503", failure.getClass().getSimpleName());
        try {
            if (ErrorPages.isApi(request.getRequestURI())) {
                DatabaseOutage.answer(response);
            } else {
                DatabaseOutage.answerPage(response);
            }
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
