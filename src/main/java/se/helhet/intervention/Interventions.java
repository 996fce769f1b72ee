package se.helhet.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/** Offering interventions in a child's matter and recording each step; every read and write is traced. */
@Service
class Interventions {

    private final InterventionRepository repository;
    private final OfferRules rules;
    private final Matters matters;
    private final CurrentUsers currentUsers;
    private final MatterRecordTrace trace;
    private final Clock clock;

    Interventions(InterventionRepository repository, OfferRules rules, Matters matters, CurrentUsers currentUsers,
                  MatterRecordTrace trace, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.matters = matters;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /** The catalogue holds no personal data: any signed-in member of staff may read it. */
    public List<CatalogueEntry> catalogue() {
        currentUsers.require();
        return repository.catalogue();
    }

    @Transactional
    public Intervention offer(UUID matterId, NewIntervention input) {
        CurrentUser user = requireCaseWorker();
        Matter matter = matters.workable(matterId);
        if (!matter.open()) {
            throw new ConflictException("intervention.conflict.matterClosed");
        }
        OfferRules.Checked c = rules.check(matter, input);
        var offered = new Intervention(UUID.randomUUID(), matterId, matter.personId(), c.entry(), c.provider(), c.responsibleWorkerId(),
                null, c.goals(), c.decisionId(), c.decidedOn(), InterventionState.OFFERED,
                Intervention.Dates.offeredOn(c.offeredOn()), null, 0);
        repository.insert(offered, user.id());
        repository.insertStep(offered.id(), InterventionState.OFFERED, c.offeredOn(), null, user.id());
        trace.record(TracedAction.CREATE, matter, "intervention", offered.id());
        return repository.findById(offered.id()).orElseThrow();
    }

    /** Records a step (accepted, declined, started, completed, ended early) on the version the user read. */
    @Transactional
    public Intervention take(UUID id, Step step, StepInput input) {
        CurrentUser user = requireCaseWorker();
        Intervention current = find(id);
        matters.workable(current.matterId());
        FieldProblems problems = new FieldProblems();
        if (input.version() == null) {
            problems.add("version", "intervention.problem.version.missing");
        }
        // A step is recorded when it happened: today when left empty, never in the future.
        LocalDate on = problems.happened(input.date(), "date", LocalDate.now(clock));
        problems.refuseIfAny();
        // The version first: a step refused on a state someone else changed would only confuse.
        if (input.version() != current.version()) {
            throw stale();
        }
        Intervention next = current.take(step, on, input.reason());
        if (!repository.update(next, current.version())) {
            throw stale();
        }
        repository.insertStep(id, next.state(), on, next.reason(), user.id());
        trace.record(TracedAction.UPDATE, current.childId(), "intervention", id.toString());
        return repository.findById(id).orElseThrow();
    }

    public Intervention get(UUID id) {
        Intervention intervention = find(id);
        matters.read(intervention.matterId(), "intervention", id.toString());
        return intervention;
    }

    public List<Intervention> forMatter(UUID matterId) {
        matters.read(matterId, "intervention", null);
        return repository.forMatter(matterId);
    }

    /** Whether the user may offer and record steps in the matter; the pages show the forms only then. */
    public boolean mayWork(UUID matterId) {
        try {
            matters.workable(matterId);
            return currentUsers.require().hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER);
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private Intervention find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("intervention.notFound"));
    }

    private CurrentUser requireCaseWorker() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not a case worker");
        }
        return user;
    }

    private static ConflictException stale() {
        return new ConflictException(
                "intervention.conflict.changed"
);
    }
}
