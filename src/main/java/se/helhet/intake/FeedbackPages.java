package se.helhet.intake;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.letter.LetterFile;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;

/**
 * Feedback to the reporter (återkoppling) on the report page: the letter, or the recorded decision not to
 * give it with its reason. A refusal goes back to the report page with what was typed and the message beside
 * its field, as the attachment form does.
 */
@Controller
class FeedbackPages {

    /**
     * What the report page needs of the section; ids on the page are prefixed, the report has other forms. A
     * refused form goes to the next page through the session, which is stored serialized.
     */
    record FeedbackForm(String given, String reason) implements java.io.Serializable {
        static final FeedbackForm EMPTY = new FeedbackForm(null, "");
    }

    static final String GIVEN = "feedbackGiven";
    static final String REASON = "feedbackReason";

    private final Feedback feedback;
    private final MessageSource messages;

    FeedbackPages(Feedback feedback, MessageSource messages) {
        this.feedback = feedback;
        this.messages = messages;
    }

    /** The section of the report page: what was recorded, or the form (as typed when it came back refused). */
    static void describe(Feedback feedback, UUID reportId, Model model) {
        model.addAttribute("feedback", feedback.of(reportId).orElse(null));
        model.addAttribute("feedbackLetter", feedback.letter(reportId).orElse(null));
        if (!(model.getAttribute("feedbackForm") instanceof FeedbackForm)) {
            model.addAttribute("feedbackForm", FeedbackForm.EMPTY);
        }
    }

    /** The letter to the reporter, as sent. */
    @GetMapping("/anmalningar/{id}/aterkoppling.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        return feedback.letterPdf(id).map(LetterFile::download)
                .orElseThrow(() -> new NotFoundException("intake.letter.not-found"));
    }

    @PostMapping("/anmalningar/{id}/aterkoppling")
    String record(@PathVariable UUID id, FeedbackForm form, Locale locale, RedirectAttributes redirect) {
        String section = "/anmalningar/" + id + "#feedback-h";
        return PageForm.attempt(() -> {
                    if (!"true".equals(form.given()) && !"false".equals(form.given())) {
                        throw new InvalidInputException("given", messages.getMessage("feedback.choose", null, locale));
                    }
                    boolean give = Boolean.parseBoolean(form.given());
                    feedback.record(id, give, form.reason());
                    return give;
                })
                .fieldsOnPage(field -> field.equals("reason") ? REASON : GIVEN)
                .conflictBeside(GIVEN)
                .submit(given -> PageForm.redirectSaying(redirect, section,
                                given ? "feedback.saved.given" : "feedback.saved.notGiven"),
                        errors -> {
                            redirect.addFlashAttribute("errors", errors);
                            redirect.addFlashAttribute("feedbackForm", form);
                            return "redirect:" + section;
                        });
    }
}
