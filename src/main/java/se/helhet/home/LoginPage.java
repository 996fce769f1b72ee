package se.helhet.home;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpSession;

@Controller
class LoginPage {

    private final boolean oidc;

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.oidc = registrations.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("loginError", error instanceof LockedException
                ? "För många misslyckade försök. Kontot är spärrat en stund; försök igen senare."
                : "Fel användarnamn eller lösenord.");
        model.addAttribute("oidcEnabled", oidc);
        return "access/login";
    }
}
