package se.helhet.investigation;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.common.Level;
import se.helhet.draft.Drafts;
import se.helhet.investigation.InvestigationForms.AssignForm;
import se.helhet.investigation.InvestigationForms.CommunicationForm;
import se.helhet.investigation.InvestigationForms.DecisionForm;
import se.helhet.investigation.InvestigationForms.ExtensionForm;
import se.helhet.investigation.InvestigationForms.LevelForm;
import se.helhet.investigation.InvestigationForms.PlanForm;
import se.helhet.investigation.InvestigationForms.ProposalForm;
import se.helhet.letter.LetterFile;
import se.helhet.matter.CaseFileTab;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;

import static se.helhet.investigation.InvestigationForms.version;

/**
 * The investigation of a matter on one page: investigator, level, deadlines, extensions, plan,
 * communication and the decision. Each form posts, and is redirected back on success; a refusal shows the
 * page again with the form as typed and the message beside the field, a stale version a message on top.
 */
@Controller
@CaseFileTab(path = "utredning", label = "casefile.nav.investigation", order = 20,
        kinds = se.helhet.matter.MatterKind.CHILD_AND_YOUTH)
class InvestigationPages {

    private static final String BASE = "/arenden/{id}/utredning/{investigationId}";

    private final InvestigationView view;
    private final Investigations investigations;
    private final Decisions decisions;
    private final Proposals proposals;
    private final Drafts drafts;
    private final MessageSource messages;

    InvestigationPages(InvestigationView view, Investigations investigations, Decisions decisions, Proposals proposals,
                       Drafts drafts, MessageSource messages) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.view = view;
        this.investigations = investigations;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/arenden/{id}/utredning")
    String investigation(@PathVariable UUID id, Model model) {
        return view.show(id, null, Map.of(), null, model);
    }

    /** The letter to the family that the investigation has begun, as sent. */
    @GetMapping(BASE + "/brev.pdf")
    ResponseEntity<byte[]> openingLetter(@PathVariable UUID id, @PathVariable UUID investigationId) {
        return investigations.openingLetterPdf(id, investigationId).map(LetterFile::download)
                .orElseThrow(() -> new NotFoundException("investigation.letter.not-found"));
    }

    /** The decision letter, as sent. */
    @GetMapping("/arenden/{id}/beslut/{decisionId}/brev.pdf")
    ResponseEntity<byte[]> decisionLetter(@PathVariable UUID id, @PathVariable UUID decisionId) {
        return decisions.letterPdf(id, decisionId).map(LetterFile::download)
                .orElseThrow(() -> new NotFoundException("investigation.letter.not-found"));
    }

    @PostMapping(BASE + "/utredare")
    String assign(@PathVariable UUID id, @PathVariable UUID investigationId, AssignForm form, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, investigationId, form, () -> investigations.assignInvestigator(investigationId,
                version(form.version()), FieldProblems.chosenId(form.investigatorId(), "investigatorId", "investigation.problem.investigator.missing")), "investigation.investigator.saved",
                model, redirect);
    }

    @PostMapping(BASE + "/niva")
    String level(@PathVariable UUID id, @PathVariable UUID investigationId, LevelForm form, Model model,
                 RedirectAttributes redirect) {
        return attempt(id, investigationId, form, () -> investigations.setLevel(investigationId,
                version(form.version()), level(form.level())), "investigation.level.saved", model, redirect);
    }

    @PostMapping(BASE + "/plan")
    String plan(@PathVariable UUID id, @PathVariable UUID investigationId, PlanForm form, Model model,
                RedirectAttributes redirect) {
        return attempt(id, investigationId, form, () -> investigations.savePlan(investigationId,
                version(form.version()), form.plan()), "investigation.plan.saved", model, redirect);
    }

    @PostMapping(BASE + "/forlangning")
    String extend(@PathVariable UUID id, @PathVariable UUID investigationId, ExtensionForm form, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, investigationId, form, () -> investigations.extend(investigationId,
                version(form.version()), form.newDue(), form.reason()), "investigation.extension.saved",
                model, redirect);
    }

    @PostMapping(BASE + "/kommunicering")
    String communicate(@PathVariable UUID id, @PathVariable UUID investigationId, CommunicationForm form,
                       Model model, RedirectAttributes redirect) {
        return attempt(id, investigationId, form, () -> investigations.communicate(investigationId,
                version(form.version()), form.givenOn(), form.comments()), "investigation.communication.saved",
                model, redirect);
    }

    /** The investigator hands the proposed decision, as typed, to the one who decides; the draft is done with. */
    @PostMapping(BASE + "/forslag")
    String propose(@PathVariable UUID id, @PathVariable UUID investigationId, ProposalForm form, Model model,
                   RedirectAttributes redirect) {
        return attempt(id, investigationId, form, () -> {
            proposals.propose(investigationId, form.version(),
                    new ProposalInput(form.outcome(), form.interventionCode(), form.reasons()));
            drafts.close(InvestigationView.proposalDraftKey(investigationId));
        }, "investigation.proposal.saved", model, redirect);
    }

    /** The decision service takes no version; the page still refuses a decision on what somebody has since changed. */
    @PostMapping(BASE + "/beslut")
    String decide(@PathVariable UUID id, @PathVariable UUID investigationId, DecisionForm form, Model model,
                  Locale locale, RedirectAttributes redirect) {
        return attempt(id, investigationId, form, () -> {
            if (investigations.get(investigationId).version() != version(form.version())) {
                throw new ConflictException(messages.getMessage("investigation.decision.stale", null, locale));
            }
            decisions.decide(investigationId, new DecisionInput(form.outcome(), form.interventionCode(),
                    form.reasons(), form.decidedOn()));
        }, "investigation.decision.saved", model, redirect);
    }

    private String attempt(UUID matterId, UUID investigationId, Object form, Runnable action, String saved,
                           Model model, RedirectAttributes redirect) {
        Investigation investigation = investigations.get(investigationId);
        if (!investigation.matterId().equals(matterId)) {
            throw new NotFoundException("investigation.not-in-matter");
        }
        return PageForm.attempt(action)
                .onConflict(conflict -> view.show(matterId, form, Map.of(), conflict, model))
                .submit(done -> PageForm.redirectSaying(redirect, "/arenden/" + matterId + "/utredning", saved),
                        errors -> view.show(matterId, form, errors, null, model));
    }

    /** An unknown level is no level: the service then says which levels an investigation can have. */
    private static Level level(String value) {
        try {
            return value == null || value.isBlank() ? null : Level.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
