package se.helhet.access;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

@Controller
class SetupPage {

    record SetupForm(String code, String username, String displayName, String password) {
    }

    private final InstallationSetup setup;

    SetupPage(InstallationSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireOpen();
        model.addAttribute("form", new SetupForm("", "", "", ""));
        model.addAttribute("errors", Map.of());
        return "access/setup";
    }

    @PostMapping("/setup")
    String create(SetupForm form, Model model) {
        requireOpen();
        try {
            setup.createFirstAdministrator(form.code(), form.username(), form.displayName(), form.password());
            return "redirect:/login";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.byField());
            model.addAttribute("form", new SetupForm("", form.username(), form.displayName(), ""));
            return "access/setup";
        }
    }

    private void requireOpen() {
        if (!setup.open()) {
            throw new NotFoundException("setup.done");
        }
    }
}
