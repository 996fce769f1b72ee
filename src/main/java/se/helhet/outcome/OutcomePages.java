package se.helhet.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.PageForm;


/**
 * The matter's outcome tab (Utfall): whether a consent to obtain school data is in force, school attendance and results per time
 * point with the change, the instruments given in the matter, and the questionnaire on coordinated support.
 * Each form posts to its own address and comes back with the typed values and its errors beside the fields.
 */
@Controller
@se.helhet.matter.CaseFileTab(path = "utfall", label = "casefile.nav.outcomes", order = 50,
        kinds = se.helhet.matter.MatterKind.CHILD_AND_YOUTH)
class OutcomePages {

    record SchoolForm(String timePoint, String term, String attendancePercent, String resultKind,
                      String subjectsAssessed, String subjectsPassed, String recordedOn) {

        SchoolOutcomeInput input() {
            return new SchoolOutcomeInput(timePoint, term, attendancePercent, resultKind, subjectsAssessed,
                    subjectsPassed, recordedOn);
        }
    }

    /** One questionnaire: the respondent is fixed by the form (child or guardian version), a1-a5 the answers. */
    record SupportForm(String respondent, String answeredOn, String a1, String a2, String a3, String a4, String a5) {

        List<String> answers() {
            return Arrays.asList(a1, a2, a3, a4, a5);
        }

        /** What was chosen for question 1-5, for the template. */
        public String answer(int question) {
            return answers().get(question - 1);
        }
    }

    private final SchoolOutcomes schoolOutcomes;
    private final CoordinatedSupport support;
    private final OutcomeTab tab;

    OutcomePages(SchoolOutcomes schoolOutcomes, CoordinatedSupport support, OutcomeTab tab) {
        this.schoolOutcomes = schoolOutcomes;
        this.support = support;
        this.tab = tab;
    }

    @GetMapping("/arenden/{matterId}/utfall")
    String show(@PathVariable UUID matterId, Model model) {
        return page(matterId, null, model);
    }

    @PostMapping("/arenden/{matterId}/utfall/skola")
    String recordSchool(@PathVariable UUID matterId, SchoolForm form, Model model,
                        RedirectAttributes redirect) {
        return PageForm.attempt(() -> schoolOutcomes.record(matterId, form.input()))
                .conflictBeside("timePoint")
                .submit(recorded -> OutcomeTab.done(matterId, "skola", redirect, "outcome.school.recorded"),
                        errors -> page(matterId, new Refused("school", form, errors), model));
    }

    @PostMapping("/arenden/{matterId}/utfall/samordning")
    String recordSupport(@PathVariable UUID matterId, SupportForm form, Model model,
                         RedirectAttributes redirect) {
        return PageForm.attempt(() -> support.record(matterId, new SupportAnswerInput(form.respondent(),
                        form.answeredOn(), form.answers())))
                // The answers' fields are named per question on the page: answers[0] is question 1.
                .fieldsOnPage(field -> field.startsWith("answers[")
                        ? "a" + (Integer.parseInt(field.substring(8, field.length() - 1)) + 1) : field)
                .submit(recorded -> OutcomeTab.done(matterId, "samordning", redirect, "outcome.support.recorded"),
                        errors -> page(matterId, new Refused("support-" + form.respondent(), form, errors), model));
    }

    private String page(UUID matterId, Refused refused, Model model) {
        return tab.page(matterId, refused, model);
    }
}
