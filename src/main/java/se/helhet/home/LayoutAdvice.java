package se.helhet.home;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.platform.HelhetProperties;

/** What the shared layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final boolean demo;

    LayoutAdvice(CurrentUsers currentUsers, MessageSource messages, HelhetProperties properties) {
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.demo = properties.demo();
    }

    @ModelAttribute
    void layout(Model model, Locale locale, HttpServletRequest request) {
        String path = request.getRequestURI();
        model.addAttribute("navSection", section(path));
        model.addAttribute("hideHeaderSearch", path.equals("/personer"));
        CurrentUser user = currentUsers.find().orElse(null);
        model.addAttribute("currentUser", user);
        model.addAttribute("demoMode", demo);
        if (user != null) {
            model.addAttribute("roleNames", user.roles().stream()
                    .map(r -> messages.getMessage("role." + r.name(), null, r.name(), locale))
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
    }

    private static String section(String path) {
        if (path.equals("/")) {
            return "start";
        }
        if (path.startsWith("/personer")) {
            return "persons";
        }
        if (path.equals("/anmalningar/ny")) {
            return "report";
        }
        if (path.equals("/anmalningar/sok")) {
            return "reportSearch";
        }
        if (path.startsWith("/mottagning") || path.startsWith("/anmalningar")) {
            return "intake";
        }
        if (path.startsWith("/uppfoljning")) {
            return "followup";
        }
        if (path.startsWith("/tid-med-barn")) {
            return "timeWithChildren";
        }
        if (path.startsWith("/aktgranskning")) {
            return "audits";
        }
        if (path.startsWith("/enkater")) {
            return "surveys";
        }
        if (path.startsWith("/admin/anvandare")) {
            return "users";
        }
        return path.startsWith("/admin/logg") ? "trace" : "";
    }
}
