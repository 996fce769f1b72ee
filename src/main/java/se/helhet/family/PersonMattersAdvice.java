package se.helhet.family;

import java.util.List;
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
 * Gives the person page ({@code person/detail}) the person's matters of every kind the reader may see and the
 * reports behind those the reader may read: the way from a person to their case. The person module cannot know
 * matters (they depend on it), so the list is added here, as the case file adds its header to other modules'
 * pages. Only when the whole page is rendered.
 */
@Component
class PersonMattersAdvice implements HandlerInterceptor, WebMvcConfigurer {

    /** What the person page shows of the person's case. */
    record PersonMatters(UUID personId, List<FamilyView.MatterRow> matters, List<FamilyReports.Link> reports) {
    }

    private static final Pattern PAGE = Pattern.compile("^/personer/([0-9a-f-]{36})$");

    private final FamilyViews views;
    private final FamilyReports reports;

    PersonMattersAdvice(FamilyViews views, FamilyReports reports) {
        this.views = views;
        this.reports = reports;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/personer/*");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        Matcher m = PAGE.matcher(request.getRequestURI());
        if (page == null || !"person/detail".equals(page.getViewName()) || !m.matches()) {
            return;
        }
        UUID personId = UUID.fromString(m.group(1));
        var matters = views.ofPerson(personId);
        page.addObject("personMatters", new PersonMatters(personId, matters, reports.of(personId,
                matters.stream().filter(FamilyView.MatterRow::readable).map(FamilyView.MatterRow::matterId).toList())));
    }
}
