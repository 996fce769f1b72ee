package se.helhet.investigation;

import java.time.LocalDate;

/**
 * What is typed into each form of the investigation page. Every form carries the version of the
 * investigation it was read at; after a refusal the posted form comes back as typed, the others as saved.
 */
record InvestigationForms(AssignForm assign, LevelForm level, PlanForm plan, ExtensionForm extension,
                          CommunicationForm communication, DecisionForm decision, ProposalForm proposal) {

    record AssignForm(Integer version, String investigatorId) {
    }

    record LevelForm(Integer version, String level) {
    }

    record PlanForm(Integer version, String plan) {
    }

    record ExtensionForm(Integer version, String newDue, String reason) {
    }

    record CommunicationForm(Integer version, String givenOn, String comments) {
    }

    record DecisionForm(Integer version, String outcome, String interventionCode, String reasons, String decidedOn) {
    }

    /** The investigator's proposed decision; {@code version} is the saved proposal's, empty before the first. */
    record ProposalForm(Integer version, String outcome, String interventionCode, String reasons) {

        static ProposalForm of(Proposal p) {
            return new ProposalForm(p.version(), p.outcome() == null ? null : p.outcome().name(), p.interventionCode(),
                    p.reasons());
        }
    }

    /**
     * The forms as the saved investigation fills them: dates default to today, and the decision starts from the
     * investigator's {@code submitted} proposal, if there is one.
     */
    static InvestigationForms saved(String investigatorId, String plan, LocalDate communicatedOn, String comments,
                                    Proposal submitted, ProposalForm proposal, LocalDate today) {
        return new InvestigationForms(new AssignForm(null, investigatorId), new LevelForm(null, null),
                new PlanForm(null, plan), new ExtensionForm(null, "", ""),
                new CommunicationForm(null, (communicatedOn == null ? today : communicatedOn).toString(), comments),
                submitted == null ? new DecisionForm(null, null, null, "", today.toString())
                        : new DecisionForm(null, submitted.outcome().name(), submitted.interventionCode(),
                        submitted.reasons(), today.toString()),
                proposal);
    }

    /** These forms with the one that was posted in place of its saved values. */
    InvestigationForms with(Object typed) {
        if (typed == null) {
            return this;
        }
        return switch (typed) {
            case AssignForm f -> new InvestigationForms(f, level, plan, extension, communication, decision, proposal);
            case LevelForm f -> new InvestigationForms(assign, f, plan, extension, communication, decision, proposal);
            case PlanForm f -> new InvestigationForms(assign, level, f, extension, communication, decision, proposal);
            case ExtensionForm f -> new InvestigationForms(assign, level, plan, f, communication, decision, proposal);
            case CommunicationForm f -> new InvestigationForms(assign, level, plan, extension, f, decision, proposal);
            case DecisionForm f -> new InvestigationForms(assign, level, plan, extension, communication, f, proposal);
            case ProposalForm f -> new InvestigationForms(assign, level, plan, extension, communication, decision, f);
            default -> this;
        };
    }

    /** A version the form did not send can never be current: the save is refused as stale, never forced. */
    static int version(Integer version) {
        return version == null ? -1 : version;
    }
}
