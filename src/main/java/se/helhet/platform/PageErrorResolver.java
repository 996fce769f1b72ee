package se.helhet.platform;

import java.io.IOException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page asked for wrongly (a malformed id, an unknown path, a missing parameter) is answered with the
 * Swedish error page, not with the problem+json that Spring's own handling gives every controller. The API,
 * and a client that asks for JSON, are left to that handling.
 */
@Component
class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (ErrorPages.isApi(request.getRequestURI()) || asksForJson(request) || response.isCommitted()) {
            return null;
        }
        int status;
        if (failure instanceof ErrorResponse refused) {
            status = refused.getStatusCode().value();
        } else if (failure instanceof TypeMismatchException) {
            status = HttpStatus.BAD_REQUEST.value();
        } else {
            return null;
        }
        try {
            response.sendError(status);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    private static boolean asksForJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** After the outage resolver, before Spring's own handling of its exceptions. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
