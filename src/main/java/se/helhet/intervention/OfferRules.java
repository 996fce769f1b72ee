package se.helhet.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.access.Unit;
import se.helhet.matter.Matter;
import se.helhet.platform.FieldProblems;

/**
 * Checks an offer and names every field that is wrong, all at once: the typed values, that the responsible
 * worker exists, that a needs-assessed intervention has a granted decision in the same matter, and the
 * continuity rule on red.
 */
@Component
class OfferRules {

    static final int MAX_PROVIDER = 300;
    static final int MAX_GOALS = 5_000;

    record Checked(CatalogueEntry entry, Provider provider, UUID responsibleWorkerId, String goals, UUID decisionId,
                   LocalDate decidedOn, LocalDate offeredOn) {
    }

    private final InterventionRepository repository;
    private final StaffDirectory staff;
    private final InvestigationFacts investigation;
    private final Clock clock;

    OfferRules(InterventionRepository repository, StaffDirectory staff, InvestigationFacts investigation, Clock clock) {
        this.repository = repository;
        this.staff = staff;
        this.investigation = investigation;
        this.clock = clock;
    }

    Checked check(Matter matter, NewIntervention input) {
        FieldProblems problems = new FieldProblems();
        CatalogueEntry entry = input.code() == null ? null : repository.entry(input.code().trim()).orElse(null);
        if (entry == null) {
            problems.add("code", "intervention.problem.code.missing");
        }
        ProviderKind kind = problems.oneOf(ProviderKind.class, input.providerKind(), "providerKind",
                "intervention.problem.providerKind.missing");
        UUID worker = responsibleWorker(input.responsibleWorkerId(), problems);
        String providerName = kind == ProviderKind.INTERNAL && FieldProblems.blank(input.providerName()) && worker != null
                ? ownProvision(worker) : null;
        if (providerName == null) {
            providerName = problems.required(input.providerName(), "providerName", "intervention.problem.providerName.missing", MAX_PROVIDER);
        }
        String goals = problems.required(input.goals(), "goals", "intervention.problem.goals.missing", MAX_GOALS);
        LocalDate offeredOn = problems.happened(input.offeredOn(), "offeredOn", LocalDate.now(clock));
        LocalDate decidedOn = entry == null ? null : decision(entry, input.decisionId(), matter.id(), problems);
        if (decidedOn != null && offeredOn != null && offeredOn.isBefore(decidedOn)) {
            problems.add("offeredOn", "intervention.problem.offeredOn.beforeDecision", decidedOn.toString());
        }
        if (worker != null) {
            ContinuityPolicy.check(matter.level(), investigation.investigator(matter.id()), worker)
                    .ifPresent(problems::add);
        }
        problems.refuseIfAny();
        return new Checked(entry, new Provider(kind, providerName), worker, goals, input.decisionId(), decidedOn,
                offeredOn);
    }

    /** In own provision the intervention is given by the responsible worker's unit, unless another is named. */
    private String ownProvision(UUID worker) {
        return staff.byId(worker).flatMap(w -> w.units().stream().findFirst()).map(Unit::name).orElse(null);
    }

    private UUID responsibleWorker(UUID id, FieldProblems problems) {
        boolean caseWorker = id != null && staff.byId(id)
                .filter(s -> s.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER, Role.INTAKE_WORKER))
                .map(CurrentUser::id).isPresent();
        if (!caseWorker) {
            problems.add("responsibleWorkerId", "intervention.problem.responsibleWorkerId.unknown");
        }
        return caseWorker ? id : null;
    }

    /** The decision date, when a decision granted this intervention in this matter; null for an open one. */
    private LocalDate decision(CatalogueEntry entry, UUID decisionId, UUID matterId, FieldProblems problems) {
        if (decisionId == null) {
            if (entry.needsAssessment()) {
                problems.add("decisionId", "intervention.problem.decisionId.needed", entry.name());
            }
            return null;
        }
        var granted = investigation.granted(decisionId);
        String problem = granted.isEmpty() ? "intervention.problem.decisionId.notGranting"
                : !granted.get().matterId().equals(matterId) ? "intervention.problem.decisionId.otherMatter"
                : !entry.code().equals(granted.get().interventionCode()) ? "intervention.problem.decisionId.otherIntervention"

                : null;
        if (problem != null) {
            problems.add("decisionId", problem);
            return null;
        }
        return granted.get().decidedOn();
    }
}
