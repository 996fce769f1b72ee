package se.helhet.draft;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where forms send what is typed (htmx, a moment after the user stops typing). Answers with the short
 * status the form shows: "Utkast sparat 14:05".
 */
@Controller
class DraftEndpoint {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Drafts drafts;
    private final Clock clock;

    DraftEndpoint(Drafts drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    @PutMapping(path = "/utkast/{*formKey}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String save(@PathVariable String formKey, HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, Arrays.asList(values)));
        var draft = drafts.save(key(formKey), fields);
        return "Utkast sparat " + LocalTime.ofInstant(draft.savedAt(), clock.getZone()).format(TIME);
    }

    /** Throws the draft away and goes back to the empty form. */
    @PostMapping("/utkast/{*formKey}")
    RedirectView discard(@PathVariable String formKey, HttpServletRequest request) {
        drafts.close(key(formKey));
        String back = request.getParameter("back");
        return new RedirectView(back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/");
    }

    private static String key(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
