package se.helhet.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.access.UnitKind;
import se.helhet.draft.Drafts;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;

/** The investigation page's model: the running (or latest) investigation with every form it offers. */
@Component
class InvestigationView {

    /**
     * The needs-assessed interventions a decision can grant: the codes of the intervention catalogue
     * (V8__intervention.sql), named in this module's messages so the page needs no intervention code.
     */
    static final List<String> INTERVENTION_CODES = List.of("FAMILY_TREATMENT", "YOUTH_TREATMENT_WITH_SCHOOL",
            "CONTACT_PERSON", "CONTACT_FAMILY", "YOUTH_CRIME_SUPPORT", "FOSTER_HOME", "EMERGENCY_FOSTER_HOME",
            "RESIDENTIAL_CARE");

    private final Matters matters;
    private final Investigations investigations;
    private final Decisions decisions;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final ChildNeedsView needs;
    private final Proposals proposals;
    private final Drafts drafts;
    private final Clock clock;

    InvestigationView(Matters matters, Investigations investigations, Decisions decisions, StaffDirectory staff,
                      CurrentUsers currentUsers, ChildNeedsView needs, Proposals proposals, Drafts drafts, Clock clock) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.matters = matters;
        this.investigations = investigations;
        this.decisions = decisions;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.needs = needs;
        this.clock = clock;
    }

    /**
     * The page; {@code typed} is the form that was posted and refused (null on a plain read), {@code conflict}
     * the message of a save that came too late (shown beside the area when an area's form came too late).
     */
    String show(UUID matterId, Object typed, Map<String, String> errors, String conflict, Model model) {
        Matter matter = matters.read(matterId, "investigation", null);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("matter", matter);
        model.addAttribute("today", today);
        model.addAttribute("zone", clock.getZone());
        CurrentUser user = currentUsers.require();
        List<Investigation> all = investigations.forMatter(matter);
        Investigation current = all.stream().filter(Investigation::open).findFirst()
                .orElse(all.isEmpty() ? null : all.getLast());
        model.addAttribute("investigation", current);
        model.addAttribute("errors", errors);
        boolean areaTyped = typed instanceof ChildNeedsView.AreaForm;
        model.addAttribute("conflict", areaTyped ? null : conflict);
        if (current == null) {
            return "investigation/tab";
        }
        needs.addTo(model, current, typed, areaTyped ? conflict : null);
        boolean open = current.open();
        model.addAttribute("investigator", current.investigatorId() == null ? null
                : staff.byId(current.investigatorId()).map(CurrentUser::displayName).orElse(null));
        model.addAttribute("extensions", investigations.extensions(current).stream()
                .sorted(Comparator.comparing(e -> e.decidedAt())).toList());
        Decision decision = decisions.forMatter(matterId).stream()
                .filter(d -> d.investigationId().equals(current.id())).findFirst().orElse(null);
        model.addAttribute("decision", decision);
        model.addAttribute("decisionLetter", decision == null ? null : decisions.letter(decision).orElse(null));
        model.addAttribute("openingLetter", investigations.openingLetter(current).orElse(null));
        model.addAttribute("mayWork", open && user.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER, Role.INTAKE_WORKER));
        model.addAttribute("mayAssign", open && user.hasAny(Role.UNIT_MANAGER, Role.INTAKE_WORKER));
        model.addAttribute("mayDecide", open && user.has(Role.UNIT_MANAGER));
        if (open && user.hasAny(Role.UNIT_MANAGER, Role.INTAKE_WORKER)) {
            model.addAttribute("caseWorkers", staff.caseWorkersIn(candidateUnits(user, matter)));
        }
        model.addAttribute("interventionCodes", INTERVENTION_CODES);
        model.addAttribute("outcomes", DecisionOutcome.values());
        Proposal proposal = proposals.of(current).orElse(null);
        model.addAttribute("proposal", proposal);
        boolean mayPropose = decision == null && proposals.mayPropose(current) && !Delegation.mayDecide(user)
                && (proposal == null || !proposal.submitted());
        model.addAttribute("mayPropose", mayPropose);
        model.addAttribute("forms", InvestigationForms.saved(
                current.investigatorId() == null ? "" : current.investigatorId().toString(), current.plan(),
                current.communicatedOn(), current.communicationComments(),
                proposal != null && proposal.submitted() ? proposal : null,
                mayPropose ? proposalForm(current, proposal, model) : null, today).with(typed));
        return "investigation/tab";
    }

    /** The investigator's draft of the proposal as last typed, else the proposal as saved (through the API). */
    private InvestigationForms.ProposalForm proposalForm(Investigation investigation, Proposal saved, Model model) {
        String key = proposalDraftKey(investigation.id());
        model.addAttribute("proposalDraftKey", key);
        model.addAttribute("proposalOpening", drafts.opening(key));
        Integer version = saved == null ? null : saved.version();
        var draft = drafts.find(key);
        if (draft.isPresent()) {
            var d = draft.get();
            model.addAttribute("proposalDraftSaved", LocalDateTime.ofInstant(d.savedAt(), clock.getZone())
                    .truncatedTo(ChronoUnit.MINUTES));
            return new InvestigationForms.ProposalForm(version, d.value("outcome"), d.value("interventionCode"),
                    d.value("reasons"));
        }
        return saved == null ? new InvestigationForms.ProposalForm(null, null, null, "")
                : InvestigationForms.ProposalForm.of(saved);
    }

    /** The proposal form's draft, one per investigation and investigator: the template sends what is typed there. */
    static String proposalDraftKey(UUID investigationId) {
        return "investigation/proposal/" + investigationId;
    }

    /**
     * Where an investigator can come from: the children and youth units (a matter usually starts in intake,
     * whose staff do not investigate), the matter's own unit and the assigning user's units.
     */
    private Set<UUID> candidateUnits(CurrentUser user, Matter matter) {
        Set<UUID> units = new HashSet<>(user.unitIds());
        units.add(matter.unitId());
        staff.units().stream().filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH).forEach(u -> units.add(u.id()));
        return units;
    }
}
