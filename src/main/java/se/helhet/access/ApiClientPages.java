package se.helhet.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.IsoDates;
import se.helhet.platform.PageForm;

/** API clients for the administrator, beside users and units (the path is restricted to administrators). */
@Controller
class ApiClientPages {

    record IssueForm(String name, Set<ApiScope> scopes, List<UUID> unitIds, String expiresOn) {

        static IssueForm empty(LocalDate today) {
            return new IssueForm("", Set.of(), List.of(), today.plusMonths(6).toString());
        }
    }

    private final ApiClients clients;
    private final StaffAdministration administration;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ApiClientPages(ApiClients clients, StaffAdministration administration, CurrentUsers currentUsers, Clock clock) {
        this.clients = clients;
        this.administration = administration;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/admin/api-klienter")
    String list(Model model) {
        return page(model, IssueForm.empty(LocalDate.now(clock)), Map.of(), null);
    }

    /** The token is on this answer only: no redirect, which would carry it through the session. */
    @PostMapping("/admin/api-klienter")
    String issue(IssueForm form, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return PageForm.attempt(() -> clients.issue(form.name(), form.scopes(), form.unitIds(), endOf(form.expiresOn()),
                        currentUsers.require()))
                .submit(issued -> page(model, IssueForm.empty(LocalDate.now(clock)), Map.of(), issued),
                        errors -> page(model, form, errors, null));
    }

    @PostMapping("/admin/api-klienter/{id}/aterkalla")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        clients.revoke(id, currentUsers.require());
        return PageForm.redirectSaying(redirect, "/admin/api-klienter", "apiClient.revoked");
    }

    /**
     * A token holds through the day given, in Helhet's time zone; a day that cannot be read is none, which the
     * issue names beside the field with the form's other problems.
     */
    private java.time.Instant endOf(String date) {
        try {
            return IsoDates.parse(date, "expiresOn").plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private String page(Model model, IssueForm form, Map<String, String> errors, ApiClients.Issued issued) {
        model.addAttribute("clients", clients.all());
        model.addAttribute("units", administration.units());
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("form", new IssueForm(form.name(), form.scopes() == null ? Set.of() : form.scopes(),
                form.unitIds() == null ? List.of() : form.unitIds(), form.expiresOn()));
        model.addAttribute("errors", errors);
        model.addAttribute("issued", issued);
        return "access/api-clients";
    }
}
