package se.helhet.investigation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;

/**
 * The investigator's proposed decision: written while investigating (the page keeps a draft as it is typed),
 * then submitted to the one with delegation, who decides on it. Only the investigation's investigator writes
 * it; submitting it changes nothing of who may decide ({@link Delegation}).
 */
@Service
class Proposals {

    static final String RECORD = "decision-proposal";
    private static final int MAX = 20_000;

    private final ProposalRepository proposals;
    private final Investigations investigations;
    private final CurrentUsers currentUsers;
    private final ObjectProvider<InterventionNames> names;

    Proposals(ProposalRepository proposals, Investigations investigations, CurrentUsers currentUsers,
              ObjectProvider<InterventionNames> names) {
        this.proposals = proposals;
        this.investigations = investigations;
        this.currentUsers = currentUsers;
        this.names = names;
    }

    /** The proposal of an investigation, read under the matter's access and traced. */
    Optional<Proposal> of(UUID investigationId) {
        investigations.read(investigationId, RECORD);
        return proposals.find(investigationId);
    }

    /** The proposal of an investigation whose page was read (and traced) already. */
    Optional<Proposal> of(Investigation investigation) {
        return proposals.find(investigation.id());
    }

    /** Whether the user writes the investigation's proposal: its investigator, while it runs. */
    boolean mayPropose(Investigation investigation) {
        return investigation.open() && currentUsers.require().id().equals(investigation.investigatorId());
    }

    /**
     * Keeps the proposal as it stands, incomplete or not; {@code version} is the one read, null only before the
     * first save.
     */
    @Transactional
    Proposal save(UUID investigationId, Integer version, ProposalInput input) {
        Investigation investigation = writable(investigationId);
        FieldProblems problems = new FieldProblems();
        Typed typed = typed(input, problems);
        problems.refuseIfAny();
        write(investigation, version, typed);
        investigations.traceWrite(investigation, RECORD);
        return proposals.find(investigationId).orElseThrow();
    }

    /** Hands the saved proposal to the one who decides; {@code version} is the one read. */
    @Transactional
    Proposal submit(UUID investigationId, int version) {
        Investigation investigation = writable(investigationId);
        Proposal proposal = proposals.find(investigationId)
                .orElseThrow(() -> new ConflictException("investigation.conflict.proposal.none"));
        if (proposal.submitted()) {
            throw alreadySubmitted();
        }
        if (proposal.version() != version) {
            throw stale();
        }
        FieldProblems problems = new FieldProblems();
        complete(new Typed(proposal.outcome(), proposal.interventionCode(), proposal.reasons()), problems);
        problems.refuseIfAny();
        hand(investigation, version);
        investigations.traceWrite(investigation, RECORD);
        return proposals.find(investigationId).orElseThrow();
    }

    /** The page's one step: the proposal as typed is saved and handed to the one who decides together. */
    @Transactional
    Proposal propose(UUID investigationId, Integer version, ProposalInput input) {
        Investigation investigation = writable(investigationId);
        FieldProblems problems = new FieldProblems();
        Typed typed = typed(input, problems);
        complete(typed, problems);
        problems.refuseIfAny();
        hand(investigation, write(investigation, version, typed));
        investigations.traceWrite(investigation, RECORD);
        return proposals.find(investigationId).orElseThrow();
    }

    private record Typed(DecisionOutcome outcome, String interventionCode, String reasons) {
    }

    private Typed typed(ProposalInput input, FieldProblems problems) {
        DecisionOutcome outcome = problems.optionalOneOf(DecisionOutcome.class, input.outcome(), "outcome",
                "investigation.problem.outcome.missing");
        String code = outcome == DecisionOutcome.NO_INTERVENTION ? null : FieldProblems.trim(input.interventionCode());
        InterventionNames catalogue = names.getIfAvailable();
        if (code != null && catalogue != null && catalogue.nameOf(code).isEmpty()) {
            problems.add("interventionCode", "investigation.problem.intervention.unknown");
        }
        String reasons = problems.text(input.reasons(), "reasons", MAX);
        return new Typed(outcome, code, reasons);
    }

    /** What the one who decides needs from a proposal: every missing part named at once. */
    private static void complete(Typed typed, FieldProblems problems) {
        if (typed.outcome() == null && !problems.has("outcome")) {
            problems.add("outcome", "investigation.problem.outcome.missing");
        }
        if (typed.outcome() != DecisionOutcome.NO_INTERVENTION && typed.interventionCode() == null
                && !problems.has("interventionCode")) {
            problems.add("interventionCode", "investigation.problem.proposal.intervention.missing");
        }
        if (typed.reasons() == null && !problems.has("reasons")) {
            problems.add("reasons", "investigation.problem.proposal.reasons.missing");
        }
    }

    /** Writes the proposal and gives its new version; the caller traces the write once. */
    private int write(Investigation investigation, Integer version, Typed typed) {
        UUID id = investigation.id();
        UUID by = currentUsers.require().id();
        Optional<Proposal> saved = proposals.find(id);
        if (saved.isPresent() && saved.get().submitted()) {
            throw alreadySubmitted();
        }
        if (version == null) {
            if (!proposals.insert(id, typed.outcome(), typed.interventionCode(), typed.reasons(), by)) {
                throw new InvalidInputException("version", "investigation.problem.proposal.version");
            }
            return 0;
        }
        if (!proposals.update(id, version, typed.outcome(), typed.interventionCode(), typed.reasons(), by)) {
            throw stale();
        }
        return version + 1;
    }

    private void hand(Investigation investigation, int version) {
        if (!proposals.submit(investigation.id(), version)) {
            throw stale();
        }
    }

    private Investigation writable(UUID investigationId) {
        CurrentUser user = currentUsers.require();
        Investigation investigation = investigations.workable(investigationId);
        if (!user.id().equals(investigation.investigatorId())) {
            throw new AccessDeniedException("Only the investigator proposes the decision");
        }
        return investigation;
    }

    private static ConflictException alreadySubmitted() {
        return new ConflictException("investigation.conflict.proposal.submitted");
    }

    private static ConflictException stale() {
        return new ConflictException("investigation.conflict.proposal.stale");
    }
}
