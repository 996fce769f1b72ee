package se.helhet.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.letter.LetterFile;
import se.helhet.letter.LetterKind;
import se.helhet.letter.Letters;
import se.helhet.letter.SentLetter;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.UserTexts;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/** The decision that closes an investigation, made by someone with delegation, with its letter. */
@Service
public class Decisions {

    private static final String RECORD = "decision";

    private final DecisionRepository decisions;
    private final Investigations investigations;
    private final Matters matters;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final ObjectProvider<InterventionNames> names;
    private final AreaAssessments areas;
    private final Letters letters;
    private final Addressees addressees;
    private final Clock clock;

    Decisions(DecisionRepository decisions, Investigations investigations, Matters matters, People people,
              CurrentUsers currentUsers, Trace trace, ObjectProvider<InterventionNames> names, AreaAssessments areas,
              Letters letters, Addressees addressees, Clock clock) {
        this.letters = letters;
        this.addressees = addressees;
        this.areas = areas;
        this.decisions = decisions;
        this.investigations = investigations;
        this.matters = matters;
        this.people = people;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.names = names;
        this.clock = clock;
    }

    @Transactional
    Decision decide(UUID investigationId, DecisionInput input) {
        CurrentUser user = currentUsers.require();
        Investigation investigation = investigations.workable(investigationId);
        if (!Delegation.mayDecide(user)) {
            throw new AccessDeniedException("No delegation to decide");
        }
        FieldProblems problems = new FieldProblems();
        DecisionOutcome chosen = problems.oneOf(DecisionOutcome.class, input.outcome(), "outcome",
                "investigation.problem.outcome.missing");
        String code = FieldProblems.trim(input.interventionCode());
        if (chosen != null && chosen != DecisionOutcome.NO_INTERVENTION && code == null) {
            problems.add("interventionCode", "investigation.problem.decision.intervention.missing");
        }
        InterventionNames catalogue = names.getIfAvailable();
        if (code != null && catalogue != null && catalogue.nameOf(code).isEmpty()) {
            problems.add("interventionCode", "investigation.problem.intervention.unknown");
        }
        String reasons = FieldProblems.trim(input.reasons());
        if (reasons == null) {
            problems.add("reasons", "investigation.problem.decision.reasons.missing");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate decidedOn = input.decidedOn() == null || input.decidedOn().isBlank() ? today
                : Investigations.date(input.decidedOn(), "decidedOn");
        if (decidedOn.isAfter(today) || decidedOn.isBefore(investigation.openedOn())) {
            problems.add("decidedOn", "investigation.problem.decided-on.range");
        }
        if (investigation.level() == se.helhet.common.Level.RED
                && areas.sidesDescribed(investigationId).size() < BbicArea.Side.values().length) {
            problems.add("outcome",
                    "investigation.problem.decision.sides-missing");
        }
        if (investigation.communicatedOn() == null) {
            problems.add("outcome", "investigation.problem.decision.not-communicated");
        }
        problems.refuseIfAny();
        Matter matter = matters.workable(investigation.matterId());
        Person child = people.get(matter.personId());
        Decision.Outcome outcome = Decision.Outcome.of(chosen, code);
        Function<String, String> inSentence = intervention -> Optional.ofNullable(catalogue)
                .flatMap(n -> n.nameOf(intervention)).map(n -> n.toLowerCase(java.util.Locale.ROOT)).orElse(intervention);
        var letter = DecisionTexts.content(outcome, inSentence, reasons, child.givenName(),
                addressees.of(child, today, RECORD), decidedOn, user.displayName());
        Decision decision = new Decision(UUID.randomUUID(), investigationId, matter.id(), outcome, reasons, decidedOn,
                user.displayName(), letter.text(), null, null);
        decisions.insert(decision, user.id());
        decisions.recordProposal(decision.id());
        decisions.closeInvestigation(investigationId, decidedOn);
        letters.send(LetterKind.DECISION, decision.id(), letter);
        if (!(outcome instanceof Decision.Granted)) {
            // The closing reason is kept in the record as the worker's words are: in Swedish.
            matters.close(matter.id(), decidedOn, UserTexts.text(UserTexts.SWEDISH, "investigation.closing-reason",
                    UserTexts.source().getMessage(DecisionTexts.outcome(decision), UserTexts.SWEDISH)));
        }
        trace.record(TracedAction.CREATE, RECORD, decision.id().toString(), people.traceReference(matter.personId()));
        return get(decision.id());
    }

    public Decision get(UUID id) {
        Decision decision = decisions.findById(id).orElseThrow(() -> new NotFoundException("investigation.decision.not-found"));
        matters.read(decision.matterId(), RECORD, id.toString());
        return decision;
    }

    /** The letter sent with a decision already read; a decision from before letters were kept has none. */
    Optional<SentLetter> letter(Decision decision) {
        return letters.sent(LetterKind.DECISION, decision.id());
    }

    /** The letter's PDF as sent, read as the decision is read: checked and traced under the matter. */
    Optional<LetterFile> letterPdf(UUID matterId, UUID decisionId) {
        Decision decision = get(decisionId);
        if (!decision.matterId().equals(matterId)) {
            throw new NotFoundException("investigation.decision.not-in-matter");
        }
        return letters.pdf(LetterKind.DECISION, decision.id());
    }

    public List<Decision> forMatter(UUID matterId) {
        matters.read(matterId, RECORD, null);
        return decisions.forMatter(matterId);
    }

    /**
     * A granted decision, for offering the intervention it allows in a matter the user works in; the offer is
     * the write, traced where it is stored.
     */
    public Optional<GrantedIntervention> granted(UUID decisionId) {
        return decisions.findById(decisionId)
                .flatMap(d -> d.outcome() instanceof Decision.Granted granted && matters.mayWork(d.matterId())
                        ? Optional.of(new GrantedIntervention(d.id(), d.matterId(), granted.interventionCode(),
                                d.decidedOn()))
                        : Optional.empty());
    }
}
