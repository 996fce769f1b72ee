package se.helhet.survey;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

import se.helhet.platform.PageForm;

/**
 * The public answer page, with no login: a one-time code, then the questions, then thanks. The client
 * address is used only to slow guessing of codes, in memory; nothing of the request is stored with the answer.
 */
@Controller
class AnswerPages {

    private final Answering answering;

    AnswerPages(Answering answering) {
        this.answering = answering;
    }

    @GetMapping("/svar")
    String codeForm(Model model) {
        return codeForm("", Map.of(), model);
    }

    @PostMapping("/svar")
    String start(@RequestParam(required = false) String code, Model model, HttpServletRequest request) {
        return PageForm.attempt(() -> answering.start(code, request.getRemoteAddr()))
                .submit(survey -> questions(survey, code, Map.of(), Map.of(), model),
                        errors -> codeForm(code, errors, model));
    }

    @PostMapping("/svar/skicka")
    String submit(@RequestParam Map<String, String> fields, Model model, HttpServletRequest request) {
        String code = fields.get("code");
        return PageForm.attempt(() -> answering.submit(code, fields, request.getRemoteAddr()))
                .submit(sent -> "redirect:/svar/tack", errors -> errors.containsKey("code")
                        ? codeForm(code, errors, model)
                        : questionsAgain(code, fields, errors, model, request));
    }

    /**
     * The code is still unused: the questions come back with what was chosen and written. Unless the survey
     * was closed or the address locked out in between: then the code page says so.
     */
    private String questionsAgain(String code, Map<String, String> fields, Map<String, String> errors, Model model,
                                  HttpServletRequest request) {
        return PageForm.attempt(() -> answering.start(code, request.getRemoteAddr()))
                .submit(survey -> questions(survey, code, fields, errors, model),
                        refused -> codeForm(code, refused, model));
    }

    @GetMapping("/svar/tack")
    String thanks() {
        return "survey/thanks";
    }

    private static String codeForm(String code, Map<String, String> errors, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        return "survey/code";
    }

    private static String questions(Survey survey, String code, Map<String, String> values, Map<String, String> errors,
                                    Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("code", code);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "survey/answer";
    }
}
