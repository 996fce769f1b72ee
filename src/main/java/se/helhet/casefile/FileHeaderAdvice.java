package se.helhet.casefile;

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
import se.helhet.matter.Matter;
import se.helhet.person.Person;
import se.helhet.worklist.MyMatter;

/**
 * Gives every page under a matter (/arenden/{id}/…) the case file's header, also the pages of modules that
 * cannot depend on this one (case notes, interventions, outcomes): their templates include
 * {@code casefile/parts :: header} with {@code fileHeader}. The child first, on every page of the matter.
 * Built only when a whole page is rendered: not for a redirect after a post, nor for an htmx fragment.
 */
@Component
class FileHeaderAdvice implements HandlerInterceptor, WebMvcConfigurer {

    /** The header's parts; {@code tab} names the page the header is shown on. */
    record FileHeader(Matter matter, Person child, String responsible, MyMatter next, List<MatterReports.Link> reports,
                      String tab) {
    }

    private static final Pattern SUB_PAGE = Pattern.compile("^/arenden/([0-9a-f-]{36})/(anteckningar|insatser|utfall)(/.*)?$");

    private final CaseFileHeader header;

    FileHeaderAdvice(CaseFileHeader header) {
        this.header = header;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/arenden/*/anteckningar/**", "/arenden/*/anteckningar",
                "/arenden/*/insatser/**", "/arenden/*/insatser", "/arenden/*/utfall/**", "/arenden/*/utfall");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        String view = page == null ? null : page.getViewName();
        if (view == null || view.startsWith("redirect:") || view.contains("::")) {
            return;
        }
        Matcher m = SUB_PAGE.matcher(request.getRequestURI());
        if (!m.matches()) {
            return;
        }
        page.addObject("fileHeader", header.of(UUID.fromString(m.group(1)), switch (m.group(2)) {
            case "anteckningar" -> "notes";
            case "utfall" -> "outcomes";
            default -> "interventions";
        }));
    }
}
