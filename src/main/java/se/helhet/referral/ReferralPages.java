package se.helhet.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.common.ActorKind;
import se.helhet.matter.Matters;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;

/** The matter's referrals, each with its follow-ups and a form to follow it up, and a form to refer anew. */
@Controller
@se.helhet.matter.CaseFileTab(path = "lankningar", label = "referral.tab", order = 45)
class ReferralPages {

    record FollowUpForm(String followedUpOn, String helpReceived, String helpReceivedOn, String note) {
    }

    /** A follow-up form that came back refused: which referral, and the message for each field. */
    record FollowUpProblem(UUID referralId, Map<String, String> errors, FollowUpForm typed) {
    }

    private final Referrals referrals;
    private final Matters matters;
    private final Clock clock;

    ReferralPages(Referrals referrals, Matters matters, Clock clock) {
        this.referrals = referrals;
        this.matters = matters;
        this.clock = clock;
    }

    @GetMapping("/arenden/{matterId}/lankningar")
    String list(@PathVariable UUID matterId, Model model) {
        return show(matterId, new NewReferral("", "", "", ""), Map.of(), null, model);
    }

    @PostMapping("/arenden/{matterId}/lankningar")
    String refer(@PathVariable UUID matterId, NewReferral form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> referrals.refer(matterId, form))
                .submit(referred -> PageForm.redirectSaying(redirect, "/arenden/" + matterId + "/lankningar",
                                "referral.referred"),
                        errors -> show(matterId, form, errors, null, model));
    }

    @PostMapping("/arenden/{matterId}/lankningar/{id}/uppfoljning")
    String followUp(@PathVariable UUID matterId, @PathVariable UUID id, FollowUpForm form, Model model,
                    RedirectAttributes redirect) {
        if (!referrals.get(id).matterId().equals(matterId)) {
            throw new NotFoundException("referral.problem.elsewhere");
        }
        Boolean received = form.helpReceived() == null || form.helpReceived().isBlank() ? null
                : Boolean.valueOf(form.helpReceived());
        return PageForm.attempt(() -> referrals.followUp(id, new FollowUpInput(form.followedUpOn(), received,
                        form.helpReceivedOn(), form.note())))
                .submit(done -> PageForm.redirectSaying(redirect, "/arenden/" + matterId + "/lankningar#lankning-" + id,
                                "referral.followedUp.saved"),
                        errors -> show(matterId, new NewReferral("", "", "", ""), Map.of(),
                                new FollowUpProblem(id, errors, form), model));
    }

    private String show(UUID matterId, NewReferral form, Map<String, String> errors, FollowUpProblem followUpProblem,
                        Model model) {
        model.addAttribute("matter", matters.get(matterId));
        model.addAttribute("referrals", referrals.forMatter(matterId));
        model.addAttribute("mayWork", referrals.mayWork(matterId));
        model.addAttribute("actorKinds", ActorKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("followUpProblem", followUpProblem);
        model.addAttribute("today", LocalDate.now(clock));
        return "referral/list";
    }
}
