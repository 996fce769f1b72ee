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
        model.addAttribute("hideHeaderSearch", path.equals("/personer"));
        CurrentUser user = currentUsers.find().orElse(null);
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", MainMenu.seenBy(user));
        model.addAttribute("navCurrent", MainMenu.at(path).orElse(null));
        model.addAttribute("demoMode", demo);
        if (user != null) {
            model.addAttribute("roleNames", user.roles().stream()
                    .map(r -> messages.getMessage("role." + r.name(), null, r.name(), locale))
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
    }
}
