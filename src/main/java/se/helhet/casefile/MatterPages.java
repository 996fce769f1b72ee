package se.helhet.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
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

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.access.UnitKind;
import se.helhet.common.Level;
import se.helhet.investigation.Investigation;
import se.helhet.investigation.Investigations;
import se.helhet.matter.CaseFileTab;
import se.helhet.matter.Matters;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;

/** The child's matter: the child first (UX.md, in the header), then its investigations and the timeline. */
@Controller
@CaseFileTab(path = "", label = "casefile.nav.overview", order = 10)
class MatterPages {

    /** One timeline row in local time; {@code by} is null for what the system did. */
    record TimelineRow(LocalDateTime at, String text, String by) {
    }

    /** The investigator appointed from the matter page: the running investigation and the versions the page showed. */
    record InvestigatorForm(String investigationId, String investigatorId, String version) {
    }

    /** The responsible worker chosen on the matter page, on its own. */
    record ResponsibleForm(String responsibleWorkerId, String version) {
    }

    private final Matters matters;
    private final Investigations investigations;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;
    private final Clock clock;

    MatterPages(Matters matters, Investigations investigations, CurrentUsers currentUsers, StaffDirectory staff,
                Clock clock) {
        this.matters = matters;
        this.investigations = investigations;
        this.currentUsers = currentUsers;
        this.staff = staff;
        this.clock = clock;
    }

    /** The level change as typed; version is the matter's version the page showed. */
    record LevelForm(String level, String reason, String version) {
        static final LevelForm EMPTY = new LevelForm(null, null, null);
    }

    @GetMapping("/arenden/{id}")
    String matter(@PathVariable UUID id, Model model) {
        return show(id, LevelForm.EMPTY, Map.of(), model);
    }

    /**
     * The manager's next step once a preliminary assessment has opened an investigation: its investigator, who is
     * also made responsible when nobody is. Then on to the investigation, where the plan is next.
     */
    @PostMapping("/arenden/{id}/utredare")
    String appoint(@PathVariable UUID id, InvestigatorForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> investigations.assignInvestigator(investigationOf(id, form.investigationId()),
                        version(form.version()), FieldProblems.chosenId(form.investigatorId(), "investigatorId",
                                "casefile.problem.worker.missing")))
                .conflictBeside("investigatorId")
                .submit(done -> PageForm.redirectSaying(redirect, "/arenden/" + id + "/utredning",
                                "investigation.investigator.saved"),
                        errors -> {
                            model.addAttribute("investigatorForm", form);
                            return show(id, LevelForm.EMPTY, errors, model);
                        });
    }

    /** The responsible worker set on its own, with or without an investigation. */
    @PostMapping("/arenden/{id}/ansvarig")
    String responsible(@PathVariable UUID id, ResponsibleForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> matters.assign(id, version(form.version()),
                        FieldProblems.chosenId(form.responsibleWorkerId(), "responsibleWorkerId",
                                "casefile.problem.worker.missing")))
                .conflictBeside("responsibleWorkerId")
                .submit(done -> PageForm.redirectSaying(redirect, "/arenden/" + id, "matter.responsible.saved"),
                        errors -> {
                            model.addAttribute("responsibleForm", form);
                            return show(id, LevelForm.EMPTY, errors, model);
                        });
    }

    /** A level change with its reason, as the API's; a running investigation takes the new level from now. */
    @PostMapping("/arenden/{id}/niva")
    String changeLevel(@PathVariable UUID id, LevelForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> matters.changeLevel(id, version(form.version()), level(form.level()),
                        form.reason()))
                .conflictBeside("level")
                .submit(done -> PageForm.redirectSaying(redirect, "/arenden/" + id, "matter.level.saved"),
                        errors -> show(id, form, errors, model));
    }

    private String show(UUID id, LevelForm form, Map<String, String> errors, Model model) {
        List<TimelineRow> timeline = matters.timeline(id).stream()
                .map(e -> new TimelineRow(LocalDateTime.ofInstant(e.at(), clock.getZone()), e.text(), e.by()))
                .toList();
        var matter = matters.get(id);
        boolean mayWork = matters.mayWork(id);
        List<Investigation> all = matter.kind().childAndYouth() ? investigations.forMatter(id) : List.of();
        model.addAttribute("investigations", all);
        CurrentUser user = currentUsers.require();
        boolean mayAssign = matter.open() && mayWork && user.hasAny(Role.UNIT_MANAGER, Role.INTAKE_WORKER);
        model.addAttribute("mayAssign", mayAssign);
        model.addAttribute("unappointed", mayAssign ? all.stream()
                .filter(i -> i.open() && i.investigatorId() == null).findFirst().orElse(null) : null);
        if (mayAssign) {
            Set<UUID> units = new HashSet<>(user.unitIds());
            units.add(matter.unitId());
            staff.units().stream().filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH).forEach(u -> units.add(u.id()));
            model.addAttribute("caseWorkers", staff.caseWorkersIn(units));
        }
        if (!model.containsAttribute("investigatorForm")) {
            model.addAttribute("investigatorForm", new InvestigatorForm(null, null, null));
        }
        if (!model.containsAttribute("responsibleForm")) {
            model.addAttribute("responsibleForm", new ResponsibleForm(
                    matter.responsibleWorkerId() == null ? null : matter.responsibleWorkerId().toString(), null));
        }
        // An adult unit ends its own matter; a child's matter closes through intake or the investigation's decision.
        model.addAttribute("mayEnd", !matter.kind().childAndYouth() && matter.open() && mayWork);
        model.addAttribute("timeline", timeline);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("levels", Level.values());
        model.addAttribute("levelForm", form);
        model.addAttribute("errors", errors);
        return "casefile/matter";
    }

    /** A stale or missing version is a conflict the service reports; an unknown level is no level. */
    private static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The investigation the form names, only when it is this matter's. */
    private UUID investigationOf(UUID matterId, String value) {
        UUID id = FieldProblems.chosenId(value, "investigatorId", "casefile.problem.worker.missing");
        if (!investigations.get(id).matterId().equals(matterId)) {
            throw new NotFoundException("casefile.problem.investigation.elsewhere");
        }
        return id;
    }

    private static Level level(String value) {
        try {
            return value == null || value.isBlank() ? null : Level.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
