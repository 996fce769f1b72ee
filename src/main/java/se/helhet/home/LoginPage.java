package se.helhet.home;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpSession;
import se.helhet.access.LoginLockedOut;
import se.helhet.platform.DatabaseOutage;

@Controller
class LoginPage {

    private final boolean oidc;
    private final ApplicationAvailability availability;

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations, ApplicationAvailability availability) {
        this.oidc = registrations.getIfAvailable() != null;
        this.availability = availability;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        switch (error) {
            case LoginLockedOut locked -> {
                model.addAttribute("loginError", "login.lockedOut");
                model.addAttribute("loginWait", locked.minutes());
            }
            case OAuth2AuthenticationException oauth when "unknown_user".equals(oauth.getError().getErrorCode()) ->
                    model.addAttribute("loginError", "login.unknownAccount");
            case Exception failure when DatabaseOutage.causes(failure) ->
                    model.addAttribute("loginError", "login.unavailable");
            case null, default -> model.addAttribute("loginError", "login.failed");
        }
        model.addAttribute("starting", availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC);
        model.addAttribute("oidcEnabled", oidc);
        return "access/login";
    }
}
