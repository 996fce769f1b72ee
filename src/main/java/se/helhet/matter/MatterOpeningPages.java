package se.helhet.matter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.StaffDirectory;
import se.helhet.access.Unit;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.IsoDates;
import se.helhet.platform.PageForm;

/**
 * An adult unit opens its matter ("Öppna ärende") and ends it. The person comes from the person page or is
 * found by number; the kind follows from the unit chosen, since each adult unit holds one kind of matter.
 */
@Controller
class MatterOpeningPages {

    /** The form as typed; {@code personId} is set when the page was opened from the person's page. */
    record OpenForm(String personId, String personNumber, String unitId, String openedOn, String responsibleWorkerId) {
    }

    record ClosingForm(String closedOn, String reason, Integer version) {
    }

    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;

    MatterOpeningPages(Matters matters, People people, StaffDirectory staff, CurrentUsers currentUsers) {
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/ny")
    String form(@RequestParam(name = "person", required = false) UUID personId, Model model) {
        var form = new OpenForm(personId == null ? "" : personId.toString(), "", "", people.today().toString(),
                currentUsers.require().id().toString());
        return page(form, model, Map.of());
    }

    @PostMapping("/arenden")
    String open(OpenForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> {
                    UUID unitId = FieldProblems.idOrNull(form.unitId());
                    MatterKind kind = ownUnits().stream().filter(u -> u.id().equals(unitId)).findFirst()
                            .flatMap(MatterOpeningPages::kindOf).orElse(null);
                    return matters.open(person(form), unitId, kind, IsoDates.parse(form.openedOn(), "openedOn"),
                            FieldProblems.idOrNull(form.responsibleWorkerId()));
                })
                .conflictBeside("personNumber")
                .fieldsOnPage(field -> field.equals("personId") ? "personNumber" : field.equals("kind") ? "unitId" : field)
                .submit(matter -> PageForm.redirectSaying(redirect, "/arenden/" + matter.id(), "matter.opened"),
                        errors -> page(form, model, errors));
    }

    @PostMapping("/arenden/{id}/avslut")
    String close(@PathVariable UUID id, ClosingForm form, RedirectAttributes redirect) {
        return PageForm.attempt(() -> matters.end(id, form.version(), IsoDates.parse(form.closedOn(), "closedOn"),
                        form.reason()))
                .onConflict(message -> PageForm.problem(redirect, message, "/arenden/" + id))
                .submit(done -> PageForm.redirectSaying(redirect, "/arenden/" + id, "matter.closed"),
                        errors -> PageForm.problem(redirect, String.join(" ", errors.values()), "/arenden/" + id));
    }

    private String page(OpenForm form, Model model, Map<String, String> errors) {
        List<Unit> units = ownUnits();
        if (units.isEmpty()) {
            throw new AccessDeniedException("Only adult units open their own matters");
        }
        UUID personId = FieldProblems.idOrNull(form.personId());
        Person person = personId == null ? null : people.get(personId);
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("units", units);
        model.addAttribute("workers", staff.caseWorkersIn(units.stream().map(Unit::id)
                .collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("errors", errors);
        return "matter/open";
    }

    /** The person from the person page, or the one person the number finds. */
    private UUID person(OpenForm form) {
        UUID given = FieldProblems.idOrNull(form.personId());
        if (given != null) {
            return given;
        }
        if (form.personNumber() == null || form.personNumber().isBlank()) {
            throw new InvalidInputException("personId", "matter.problem.person-number.missing");
        }
        var found = people.search(form.personNumber());
        if (found.problem() != null || found.persons().size() != 1) {
            throw new InvalidInputException("personId", found.problem() != null ? found.problem()
                    : "matter.problem.person-number.unknown");
        }
        return found.persons().getFirst().id();
    }

    /** The adult units the user works in: those that open their own matters. */
    private List<Unit> ownUnits() {
        CurrentUser user = currentUsers.require();
        return user.units().stream().filter(u -> kindOf(u).isPresent()).toList();
    }

    private static java.util.Optional<MatterKind> kindOf(Unit unit) {
        return Arrays.stream(MatterKind.values()).filter(k -> !k.childAndYouth() && k.unitKind() == unit.kind())
                .findFirst();
    }

    @org.springframework.web.bind.annotation.ModelAttribute("today")
    LocalDate today() {
        return people.today();
    }
}
