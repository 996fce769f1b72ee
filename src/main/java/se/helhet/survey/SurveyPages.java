package se.helhet.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.helhet.platform.PageForm;


/** The surveys for staff: the list, one survey with its questions and codes, paper entry and the results. */
@Controller
class SurveyPages {

    record SurveyForm(String audience, String year, String title, String copyFrom) {
    }

    record QuestionForm(String key, String kind, String text, String label1, String label2, String label3,
                        String label4, String label5) {

        static QuestionForm empty() {
            List<String> l = NewQuestion.usualLabels();
            return new QuestionForm("", "LIKERT", "", l.get(0), l.get(1), l.get(2), l.get(3), l.get(4));
        }

        NewQuestion input() {
            return new NewQuestion(key, kind, text, Arrays.asList(label1, label2, label3, label4, label5));
        }
    }

    private final Surveys surveys;
    private final MessageSource messages;
    private final Clock clock;

    SurveyPages(Surveys surveys, MessageSource messages, Clock clock) {
        this.surveys = surveys;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enkater")
    String list(Model model) {
        return list(new SurveyForm("PARENTS", String.valueOf(LocalDate.now(clock).getYear()), "", ""), Map.of(), model);
    }

    @PostMapping("/enkater")
    String create(SurveyForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> surveys.create(new NewSurvey(form.audience(), form.year(), form.title(),
                        form.copyFrom())))
                .submit(survey -> PageForm.redirectSaying(redirect, "/enkater/" + survey.id(), "survey.created"),
                        errors -> list(form, errors, model));
    }

    @GetMapping("/enkater/{id}")
    String survey(@PathVariable UUID id, Model model) {
        return survey(id, QuestionForm.empty(), Map.of(), model);
    }

    @PostMapping("/enkater/{id}/fragor")
    String addQuestion(@PathVariable UUID id, QuestionForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> surveys.addQuestion(id, form.input()))
                .onConflict(problem -> PageForm.problem(redirect, problem, "/enkater/" + id))
                .submit(added -> PageForm.redirectSaying(redirect, "/enkater/" + id + "#fragor", "survey.question.added"),
                        errors -> survey(id, form, errors, model));
    }

    @PostMapping("/enkater/{id}/oppna")
    String open(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(id, () -> surveys.open(id), "survey.opened", redirect);
    }

    @PostMapping("/enkater/{id}/stang")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(id, () -> surveys.close(id), "survey.closed", redirect);
    }

    /** The new codes, shown this once as a printable page; the answer is not cached, the codes not kept. */
    @PostMapping("/enkater/{id}/koder")
    String codes(@PathVariable UUID id, @RequestParam(required = false) String count, Model model,
                 RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        return PageForm.attempt(() -> surveys.makeCodes(id, count))
                .onConflict(problem -> PageForm.problem(redirect, problem, "/enkater/" + id))
                .submit(codes -> {
                    response.setHeader("Cache-Control", "no-store");
                    model.addAttribute("survey", surveys.get(id));
                    model.addAttribute("codes", codes);
                    model.addAttribute("answerAddress",
                            ServletUriComponentsBuilder.fromCurrentContextPath().path("/svar").toUriString());
                    return "survey/codes";
                }, errors -> {
                    model.addAttribute("codeErrors", errors);
                    model.addAttribute("count", count);
                    return survey(id, QuestionForm.empty(), Map.of(), model);
                });
    }

    /** An open survey's results page only says that the results come when it is closed. */
    @GetMapping("/enkater/{id}/resultat")
    String results(@PathVariable UUID id, Model model, Locale locale) {
        Survey survey = surveys.get(id);
        model.addAttribute("survey", survey);
        if (!survey.resultsShown()) {
            return "survey/pending";
        }
        var results = surveys.results(id);
        model.addAttribute("results", results);
        model.addAttribute("charts", TrendCharts.byKey(results.trends(), messages, locale));
        return "survey/results";
    }

    private String list(SurveyForm form, Map<String, String> errors, Model model) {
        model.addAttribute("surveys", surveys.list());
        model.addAttribute("mayManage", surveys.mayManage());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "survey/list";
    }

    private String survey(UUID id, QuestionForm form, Map<String, String> errors, Model model) {
        Survey survey = surveys.get(id);
        model.addAttribute("survey", survey);
        model.addAttribute("responses", surveys.responses(id));
        model.addAttribute("mayManage", surveys.mayManage());
        model.addAttribute("mayMakeCodes", surveys.mayMakeCodes());
        model.addAttribute("demoCodes", surveys.demoCodes(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mostCodes", Surveys.MOST_CODES);
        if (!model.containsAttribute("codeErrors")) {
            model.addAttribute("codeErrors", Map.of());
        }
        return "survey/survey";
    }

    private String change(UUID id, Runnable change, String message, RedirectAttributes redirect) {
        return PageForm.attempt(change)
                .onConflict(problem -> PageForm.problem(redirect, problem, "/enkater/" + id))
                .submit(changed -> PageForm.redirectSaying(redirect, "/enkater/" + id, message));
    }
}
