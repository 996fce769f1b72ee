package se.helhet.platform;

import java.io.IOException;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sessions live in the database: with the database away, a request fails while its session is read or saved,
 * before any controller, and the session cannot carry the error page either. Around the session store, such a
 * failure is answered 503 as {@link DatabaseOutage} answers it elsewhere, the page written here without the
 * layout (which would read the session again).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreOutage {

    @Bean
    FilterRegistrationBean<OutageFilter> sessionStoreOutageFilter(MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new OutageFilter(messages));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        // The error page of a refused request reads the session too.
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class OutageFilter extends OncePerRequestFilter {

        private final MessageSource messages;

        OutageFilter(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException failure) {
                if (!DatabaseOutage.causes(failure) || response.isCommitted()) {
                    throw failure;
                }
                response.reset();
                if (ErrorPages.isApi(request.getRequestURI())) {
                    DatabaseOutage.answer(response);
                } else {
                    page(request, response);
                }
            }
        }

        private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = english(request) ? Locale.ENGLISH : Locale.of("sv", "SE");
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale), "UTF-8");
            String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale), "UTF-8");
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                    + "<meta charset=\"utf-8\"><title>" + title + " – Helhet</title>"
                    + "<link rel=\"stylesheet\" href=\"/css/helhet.css\"></head><body><main><h1>" + title
                    + "</h1><p>" + text + "</p></main></body></html>");
        }

        private static boolean english(HttpServletRequest request) {
            if (request.getParameter("lang") != null) {
                return "en".equals(request.getParameter("lang"));
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if ("helhet-lang".equals(cookie.getName())) {
                        return "en".equals(cookie.getValue());
                    }
                }
            }
            return false;
        }
    }
}
