package se.helhet.childimpact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.StaffDirectory;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * The joint analyses: recorded by a worker who may work in one of the matters it covers, each matter the
 * child's or a family member's; read by those who may read one of them. Every read and write is traced under
 * the child.
 */
@Service
class ChildImpactAnalyses {

    static final String RECORD = "child-impact-analysis";

    private final ChildImpactRepository repository;
    private final FamilyChildren family;
    private final Matters matters;
    private final People people;
    private final MatterRecordTrace trace;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ChildImpactAnalyses(ChildImpactRepository repository, FamilyChildren family, Matters matters, People people,
                        MatterRecordTrace trace, StaffDirectory staff, CurrentUsers currentUsers, Clock clock) {
        this.repository = repository;
        this.family = family;
        this.matters = matters;
        this.people = people;
        this.trace = trace;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional
    ChildImpactAnalysis record(ChildImpactRules.AnalysisInput input) {
        CurrentUser user = currentUsers.require();
        ChildImpactRules.Checked checked = ChildImpactRules.check(input, LocalDate.now(clock));
        List<UUID> matterIds = checked.consequences().stream().map(ChildImpactRules.CheckedConsequence::matterId)
                .toList();
        Map<UUID, FamilyChildren.FamilyMatter> found = family.matters(matterIds).stream()
                .collect(Collectors.toMap(FamilyChildren.FamilyMatter::id, Function.identity()));
        for (int i = 0; i < matterIds.size(); i++) {
            FamilyChildren.FamilyMatter m = found.get(matterIds.get(i));
            if (m == null || !people.inFamilyOf(checked.childId(), m.personId())) {
                throw new InvalidInputException("consequences[" + i + "].matterId",
                        "Ärendet är inte barnets eller någon i barnets familj");
            }
        }
        UUID workable = matterIds.stream().filter(matters::mayWork).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No right to work in any of the matters"));
        matters.workable(workable);
        if (!family.isChildOn(checked.childId(), checked.madeOn())) {
            throw new InvalidInputException("childId", "Analysen görs för ett barn (0–17 år)");
        }
        if (checked.participantIds().stream().anyMatch(p -> staff.byId(p).isEmpty())) {
            throw new InvalidInputException(List.of(new FieldProblem("participantIds", "Okänd deltagare")));
        }
        UUID id = UUID.randomUUID();
        repository.insertAnalysis(id, checked.childId(), checked.madeOn(), checked, user.id());
        trace.record(TracedAction.CREATE, checked.childId(), RECORD, id.toString());
        return shown(List.of(repository.analysis(id).orElseThrow())).getFirst();
    }

    /** What the form offers: the open matters of the family around the matter's person, and its children. */
    record FormFamily(List<FamilyChildren.FamilyMatter> matters, List<UUID> children) {
    }

    /** The form's family for a matter the caller has read through {@code Matters}. */
    FormFamily formFamily(se.helhet.matter.Matter matter) {
        return new FormFamily(family.openMattersOf(people.familyIds(matter.personId())),
                family.childrenAround(matter.personId(), LocalDate.now(clock)));
    }

    /** One analysis, for a reader of one of the matters it covers (otherwise 403). */
    ChildImpactAnalysis get(UUID id) {
        var stored = repository.analysis(id).orElseThrow(() -> new NotFoundException("Analysen finns inte"));
        List<ChildImpactAnalysis> shown = readable(List.of(stored));
        if (shown.isEmpty()) {
            throw new AccessDeniedException("No right to the analysis");
        }
        return shown.getFirst();
    }

    /** The analyses of the family's children or covering the family's matters that the reader may see. */
    List<ChildImpactAnalysis> forFamily(Collection<UUID> memberIds) {
        return readable(repository.analyses(memberIds, family.matterIdsOf(memberIds)));
    }

    /** The same for one child. */
    List<ChildImpactAnalysis> forChild(UUID childId) {
        return readable(repository.analyses(List.of(childId), List.of()));
    }

    private List<ChildImpactAnalysis> readable(List<ChildImpactRepository.Stored> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        var consequences = repository.consequences(stored.stream().map(ChildImpactRepository.Stored::id).toList());
        Set<UUID> readable = matters.readable(consequences.stream()
                .map(ChildImpactRepository.StoredConsequence::matterId).collect(Collectors.toSet()));
        Set<UUID> visible = consequences.stream().filter(c -> readable.contains(c.matterId()))
                .map(ChildImpactRepository.StoredConsequence::analysisId).collect(Collectors.toSet());
        List<ChildImpactRepository.Stored> kept = stored.stream().filter(s -> visible.contains(s.id())).toList();
        kept.forEach(s -> trace.record(TracedAction.READ, s.childId(), RECORD, s.id().toString()));
        return shown(kept);
    }

    private List<ChildImpactAnalysis> shown(List<ChildImpactRepository.Stored> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = stored.stream().map(ChildImpactRepository.Stored::id).toList();
        var consequences = repository.consequences(ids);
        Map<UUID, FamilyChildren.FamilyMatter> matterInfo = family.matters(consequences.stream()
                        .map(ChildImpactRepository.StoredConsequence::matterId).distinct().toList()).stream()
                .collect(Collectors.toMap(FamilyChildren.FamilyMatter::id, Function.identity()));
        var commissions = repository.commissions(ids);
        return stored.stream().map(s -> new ChildImpactAnalysis(s.id(), s.childId(), s.madeOn(), s.situation(),
                s.childViews(), s.howHeard(), s.jointAssessment(), s.participantIds(),
                s.participantIds().stream().map(p -> staff.byId(p).map(CurrentUser::displayName).orElse("–")).toList(),
                consequences.stream().filter(c -> c.analysisId().equals(s.id())).map(c -> {
                    var m = matterInfo.get(c.matterId());
                    return new ChildImpactAnalysis.Consequence(c.matterId(), m.kind(), m.unitName(),
                            c.plannedDecision(), c.consequence());
                }).toList(),
                commissions.get(s.id()), s.recordedBy(), s.recordedAt())).toList();
    }
}
