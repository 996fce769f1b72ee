package se.helhet.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.FieldProblems;
import se.helhet.platform.PageForm;

/**
 * A person's consents (Samtycken): the list, in force, not yet valid, expired and withdrawn, with a form to record
 * one and a page to withdraw one. The person page shows the list in a section of its own.
 */
@Controller
class ConsentPages {

    /** As typed: the givers, units and scopes checked, one outside actor, the dates and the form. */
    record ConsentForm(List<String> givenBy, List<String> unitIds, String actorKind, String actorName,
                       List<String> scopes, String validFrom, String validTo, String form) {

        ConsentInput input(UUID subjectId) {
            List<ConsentInput.RecipientInput> recipients = new ArrayList<>();
            nonNull(unitIds).forEach(u -> recipients.add(new ConsentInput.RecipientInput(u, null, null)));
            if (!FieldProblems.blank(actorKind) || !FieldProblems.blank(actorName)) {
                recipients.add(new ConsentInput.RecipientInput(null, FieldProblems.blank(actorKind) ? "" : actorKind,
                        actorName));
            }
            return new ConsentInput(subjectId.toString(), nonNull(givenBy), recipients, nonNull(scopes), validFrom,
                    validTo, form);
        }

        /** For the template: whether a value was checked. */
        public boolean has(List<String> values, Object value) {
            return values != null && values.contains(String.valueOf(value));
        }

        private static List<String> nonNull(List<String> values) {
            return values == null ? List.of() : values;
        }
    }

    record WithdrawalForm(String date, String reason, Integer version) {
    }

    private final ConsentView view;
    private final Consents consents;

    ConsentPages(ConsentView view, Consents consents) {
        this.view = view;
        this.consents = consents;
    }

    @GetMapping("/personer/{id}/samtycken")
    String list(@PathVariable UUID id, Model model) {
        return view.list(id, null, Map.of(), model);
    }

    @PostMapping("/personer/{id}/samtycken")
    String record(@PathVariable UUID id, ConsentForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> consents.record(form.input(id)))
                .fieldsOnPage(ConsentPages::fieldOnPage)
                .submit(recorded -> PageForm.redirectSaying(redirect, "/personer/" + id + "/samtycken",
                                "consent.recorded"),
                        errors -> view.list(id, form, errors, model));
    }

    @GetMapping("/personer/{id}/samtycken/{consentId}/aterkalla")
    String withdrawal(@PathVariable UUID id, @PathVariable UUID consentId, Model model) {
        return view.withdrawal(id, consentId, null, Map.of(), model);
    }

    @PostMapping("/personer/{id}/samtycken/{consentId}/aterkalla")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, WithdrawalForm form, Model model,
                    RedirectAttributes redirect) {
        return PageForm.attempt(() -> consents.withdraw(consentId, form.date(), form.reason(), form.version()))
                .conflictBeside("reason")
                .submit(withdrawn -> PageForm.redirectSaying(redirect, "/personer/" + id + "/samtycken",
                                "consent.withdrawn"),
                        errors -> view.withdrawal(id, consentId, form, errors, model));
    }

    /** The rules name the API's fields; the page has one control per kind of recipient and a group per list. */
    private static String fieldOnPage(String field) {
        if (field.startsWith("recipients")) {
            return field.endsWith(".actorKind") ? "actorKind" : field.endsWith(".actorName") ? "actorName" : "unitIds";
        }
        return field.startsWith("givenBy") ? "givenBy" : field.startsWith("scopes") ? "scopes" : field;
    }
}
