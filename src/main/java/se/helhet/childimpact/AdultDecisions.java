package se.helhet.childimpact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.StaffDirectory;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.trace.TracedAction;

/** Recording and reading the decisions of an adult matter, under the matter's access. */
@Service
class AdultDecisions {

    static final String RECORD = "adult-decision";

    record DecisionInput(String decidedOn, String subject, String outcome, String reasons, String decidedById) {
    }

    private final ChildImpactRepository repository;
    private final Matters matters;
    private final MatterRecordTrace trace;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AdultDecisions(ChildImpactRepository repository, Matters matters, MatterRecordTrace trace, StaffDirectory staff,
                   CurrentUsers currentUsers, Clock clock) {
        this.repository = repository;
        this.matters = matters;
        this.trace = trace;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    List<AdultDecision> forMatter(UUID matterId) {
        return forMatter(matters.read(matterId, RECORD, null));
    }

    /** For a matter the caller has read through {@code Matters}: the read of its decisions traced. */
    List<AdultDecision> forMatter(Matter matter) {
        return trace.read(matter, RECORD, repository::decisionsIn);
    }

    @Transactional
    AdultDecision record(UUID matterId, DecisionInput input) {
        CurrentUser user = currentUsers.require();
        Matter matter = matters.workable(matterId);
        if (matter.kind().childAndYouth()) {
            throw new InvalidInputException("matterId",
                    "childimpact.problem.decision.childAndYouth");
        }
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.happened(input.decidedOn(), "decidedOn", LocalDate.now(clock));
        String subject = problems.required(input.subject(), "subject", "childimpact.problem.decision.subject", 500);
        AdultDecision.Outcome outcome = problems.oneOf(AdultDecision.Outcome.class, input.outcome(), "outcome",
                "childimpact.problem.decision.outcome");
        String reasons = problems.required(input.reasons(), "reasons", "childimpact.problem.decision.reasons", 20_000);
        UUID decidedBy = user.id();
        if (!FieldProblems.blank(input.decidedById())) {
            try {
                decidedBy = staff.byId(UUID.fromString(input.decidedById().strip())).map(CurrentUser::id)
                        .orElseThrow(IllegalArgumentException::new);
            } catch (IllegalArgumentException e) {
                problems.add("decidedById", "childimpact.problem.decision.decidedBy");
            }
        }
        if (on != null && matter.openedAt() != null
                && on.isBefore(LocalDate.ofInstant(matter.openedAt(), clock.getZone()))) {
            problems.add("decidedOn", "childimpact.problem.decision.beforeOpened"
);
        }
        problems.refuseIfAny();
        UUID id = UUID.randomUUID();
        repository.insertDecision(id, matterId, matter.personId(), on, subject, outcome, reasons, decidedBy, user.id());
        trace.record(TracedAction.CREATE, matter, RECORD, id);
        return repository.decision(id).orElseThrow();
    }
}
