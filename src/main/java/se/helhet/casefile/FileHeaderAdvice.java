package se.helhet.casefile;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every page of a declared tab of the case file (/arenden/{id} and /arenden/{id}/{tab}/…) the header, also
 * the pages of modules that cannot depend on this one (investigation, case notes, interventions, outcomes): their
 * templates include {@code casefile/parts :: header(${fileHeader})}. The child first, on every page of the matter.
 * Built only when a whole page is rendered: not for a redirect after a post, nor for an htmx fragment.
 */
@Component
class FileHeaderAdvice implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern PAGE = Pattern.compile("^/arenden/([0-9a-f-]{36})(?:/([^/]+)(?:/.*)?)?$");

    private final CaseFileHeader header;
    private final CaseFileTabs tabs;

    FileHeaderAdvice(CaseFileHeader header, CaseFileTabs tabs) {
        this.header = header;
        this.tabs = tabs;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/arenden/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        String view = page == null ? null : page.getViewName();
        if (view == null || view.startsWith("redirect:") || view.contains("::")) {
            return;
        }
        Matcher m = PAGE.matcher(request.getRequestURI());
        if (m.matches()) {
            // A segment that is no tab is an action of the matter's own page (its level: /arenden/{id}/niva).
            String segment = m.group(2) == null ? "" : m.group(2);
            tabs.at(segment).or(() -> tabs.at("")).ifPresent(tab ->
                    page.addObject("fileHeader", header.of(UUID.fromString(m.group(1)), tab)));
        }
    }
}
