package se.helhet.platform;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the server sends an error no handler answered (a refusal in a filter, a failure outside a controller):
 * problem+json for the API, the Swedish error page on the layout elsewhere. {@code /error} asked for by
 * itself is a page that does not exist, not an error of unknown status.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages extends AbstractErrorController {

    private final JsonMapper json;

    ErrorPages(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, JsonMapper json) {
        super(attributes, resolvers);
        this.json = json;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : HttpStatus.NOT_FOUND;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        response.setStatus(status.value());
        if (isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setType(URI.create("about:blank"));
            problem.setTitle(title(UserTexts.languageOf(request), status.value()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return null;
        }
        ModelAndView page = resolveErrorView(request, response, status, Map.of());
        return page != null ? page : new ModelAndView("error/error", Map.of(), status);
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    static String title(Locale language, int status) {
        String key = "problem.status." + status;
        return UserTexts.has(key) ? UserTexts.text(language, key)
                : UserTexts.text(language, status < 500 ? "problem.status.4xx" : "problem.status.5xx");
    }
}
