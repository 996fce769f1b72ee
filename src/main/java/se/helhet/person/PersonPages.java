package se.helhet.person;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import se.helhet.platform.IsoDates;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.PageForm;
import se.helhet.platform.Searches;
import se.helhet.platform.UserTexts;

@Controller
class PersonPages {

    /** The registration form as typed; every value comes back to the form when something is wrong. */
    record PersonForm(String personalIdentityNumber, String givenName, String familyName, String birthDate,
                      String language, Boolean interpreterNeeded, Boolean protectedIdentity) {

        static PersonForm empty() {
            return new PersonForm("", "", "", "", "", false, false);
        }
    }

    private static final String SEARCH = "person-search";

    private final People people;
    private final Searches searches;

    PersonPages(People people, Searches searches) {
        this.people = people;
        this.searches = searches;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return people.today();
    }

    /** The search kept under {@code sok}, if any: the number searched for is never in the address. */
    @GetMapping("/personer")
    String search(@RequestParam(name = Searches.PARAMETER, required = false) String searchId, HttpSession session,
                  Model model) {
        var kept = searches.find(session, SEARCH, searchId);
        model.addAttribute("searchExpired", searchId != null && kept.isEmpty());
        showing(kept.map(c -> c.get("q")).orElse(null), model);
        model.addAttribute("mayRegister", people.mayRegister());
        return "person/search";
    }

    /** The search is kept, and answered with its hits in place (htmx) or by a redirect to the page that shows them. */
    @PostMapping("/personer/sok")
    String find(@RequestParam(name = "q", required = false) String query, HttpSession session,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        if (query == null || query.isBlank()) {
            return "redirect:/personer";
        }
        String address = "/personer?" + Searches.PARAMETER + "=" + searches.keep(session, SEARCH, Map.of("q", query));
        if (!Searches.answeredInPlace(request, response, address)) {
            return "redirect:" + address;
        }
        model.addAttribute("searchExpired", false);
        showing(query, model);
        return "person/search :: #results";
    }

    private void showing(String query, Model model) {
        var result = people.search(query);
        model.addAttribute("result", result);
        model.addAttribute("searchProblem", result.problem() == null ? null : UserTexts.text(result.problem()));
    }

    @GetMapping("/personer/ny")
    String newPerson(Model model) {
        requireRegister();
        model.addAttribute("form", PersonForm.empty());
        model.addAttribute("errors", Map.of());
        return "person/new";
    }

    @PostMapping("/personer")
    String register(PersonForm form, Model model, RedirectAttributes redirect) {
        requireRegister();
        return PageForm.attempt(() -> people.register(new NewPerson(form.personalIdentityNumber(), form.givenName(),
                        form.familyName(), form.birthDate(), Boolean.TRUE.equals(form.protectedIdentity()), null, null,
                        null, null, form.language(), Boolean.TRUE.equals(form.interpreterNeeded()))))
                .conflictBeside("personalIdentityNumber")
                .submit(person -> PageForm.redirect(redirect, UserTexts.text("person.registered"), "/personer/" + person.id()),
                        errors -> {
                            model.addAttribute("errors", errors);
                            model.addAttribute("form", form);
                            return "person/new";
                        });
    }

    record RelationForm(Relation type, String relatedNumber) {
    }

    record MoveForm(String areaCode, String from) {
    }

    @GetMapping("/personer/{id}")
    String person(@PathVariable UUID id, Model model) {
        return detail(id, model, Map.of());
    }

    @PostMapping("/personer/{id}/relationer")
    String relate(@PathVariable UUID id, RelationForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> {
            if (form.type() == null) {
                throw new InvalidInputException("type", "person.problem.type.missing");
            }
            var found = people.search(form.relatedNumber());
            if (found.problem() != null || found.persons().size() != 1) {
                throw new InvalidInputException("relatedNumber", found.problem() != null ? found.problem()
                        : "person.problem.relatedNumber.unknown");
            }
            people.relate(id, form.type(), found.persons().getFirst().id(), null);
        }).submit(done -> PageForm.redirect(redirect, UserTexts.text("person.relation.registered"), "/personer/" + id),
                errors -> detail(id, model, errors));
    }

    @PostMapping("/personer/{id}/omraden")
    String move(@PathVariable UUID id, MoveForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> people.moveTo(id, form.areaCode(), IsoDates.parse(form.from(), "from")))
                .submit(done -> PageForm.redirect(redirect, UserTexts.text("person.area.registered"), "/personer/" + id),
                        errors -> detail(id, model, errors));
    }

    private String detail(UUID id, Model model, Map<String, String> errors) {
        model.addAttribute("person", people.get(id));
        model.addAttribute("areas", people.areaHistory(id));
        model.addAttribute("family", people.family(id));
        model.addAttribute("mayChange", people.mayRegister());
        model.addAttribute("areaChoices", people.areas());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("errors", errors);
        return "person/detail";
    }

    /** The family has a view of its own across every unit now; the old address leads there. */
    @GetMapping("/personer/{id}/familj")
    String family(@PathVariable UUID id) {
        return "redirect:/familjer/" + id;
    }

    private void requireRegister() {
        if (!people.mayRegister()) {
            throw new AccessDeniedException("May not register persons");
        }
    }
}
