package se.helhet.access;

import java.time.Clock;
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

import se.helhet.platform.PageForm;


/** Users and units for the administrator (the path is restricted to administrators). */
@Controller
class StaffPages {

    record StaffForm(String username, String displayName, String password, Set<Role> roles, List<UUID> unitIds,
                     Boolean maySeeProtected) {

        static StaffForm empty() {
            return new StaffForm("", "", "", Set.of(), List.of(), false);
        }
    }

    /** The change form: unticked boxes send nothing, so a missing value is "no". */
    record ChangeForm(Set<Role> roles, List<UUID> unitIds, Boolean maySeeProtected, Boolean enabled) {

        static ChangeForm of(CurrentUser user, boolean enabled) {
            return new ChangeForm(user.roles(), List.copyOf(user.unitIds()), user.maySeeProtected(), enabled);
        }

        StaffChange change() {
            return new StaffChange(roles == null ? Set.of() : roles, unitIds == null ? List.of() : unitIds,
                    Boolean.TRUE.equals(maySeeProtected), Boolean.TRUE.equals(enabled));
        }
    }

    private final StaffAdministration administration;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StaffPages(StaffAdministration administration, CurrentUsers currentUsers, Clock clock) {
        this.administration = administration;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/admin/anvandare")
    String list(Model model) {
        return page(model, StaffForm.empty(), Map.of());
    }

    @PostMapping("/admin/anvandare")
    String create(StaffForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> administration.create(new NewStaffMember(form.username(), form.displayName(),
                        form.password(), form.roles(), form.unitIds(), Boolean.TRUE.equals(form.maySeeProtected()))))
                .conflictBeside("username")
                .submit(created -> PageForm.redirectSaying(redirect, "/admin/anvandare", "staff.created",
                                form.username()),
                        errors -> page(model, withoutPassword(form), errors));
    }

    @GetMapping("/admin/anvandare/{id}")
    String account(@PathVariable UUID id, Model model) {
        var account = administration.account(id);
        return changePage(model, account, ChangeForm.of(account.user(), account.enabled()), Map.of());
    }

    @PostMapping("/admin/anvandare/{id}")
    String change(@PathVariable UUID id, ChangeForm form, Model model, RedirectAttributes redirect) {
        var account = administration.account(id);
        StaffChange change = form.change();
        return PageForm.attempt(() -> administration.change(id, change, currentUsers.require()))
                .submit(changed -> PageForm.redirectSaying(redirect, "/admin/anvandare", "staff.changed",
                                account.user().displayName()),
                        errors -> changePage(model, account, new ChangeForm(change.roles(), change.unitIds(),
                                change.maySeeProtected(), change.enabled()), errors));
    }

    private String changePage(Model model, AccountRepository.Account account, ChangeForm form,
                              Map<String, String> errors) {
        model.addAttribute("account", account.user());
        model.addAttribute("units", administration.units());
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "access/staff-change";
    }

    private String page(Model model, StaffForm form, Map<String, String> errors) {
        model.addAttribute("staff", administration.staff());
        model.addAttribute("units", administration.units());
        model.addAttribute("lockouts", administration.recentLockouts());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "access/staff";
    }

    private static StaffForm withoutPassword(StaffForm form) {
        return new StaffForm(form.username(), form.displayName(), "",
                form.roles() == null ? Set.of() : form.roles(),
                form.unitIds() == null ? List.of() : form.unitIds(), form.maySeeProtected());
    }
}
