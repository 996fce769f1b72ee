package se.helhet.childimpact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * The joint analyses (ADR 18). A worker who may work in one of the family's matters records the analysis: the parts
 * shared by everyone taking part (the child's situation and views, how the child was heard, the joint assessment,
 * the commission), their own matters' parts, and the other matters of the family it covers, whose workers write
 * those matters' parts themselves. Whoever may read one of the covered matters reads the shared parts; each
 * matter's part is shown in full only to those who may read that matter. Every read and write is traced under the
 * child.
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
        FieldProblems problems = new FieldProblems();
        for (int i = 0; i < matterIds.size(); i++) {
            FamilyChildren.FamilyMatter m = found.get(matterIds.get(i));
            if (m == null || !people.inFamilyOf(checked.childId(), m.personId())) {
                problems.add("consequences[" + i + "].matterId", "childimpact.problem.matterId.notFamily");
            }
        }
        problems.refuseIfAny();
        Set<UUID> workable = matterIds.stream().filter(matters::mayWork).collect(Collectors.toSet());
        if (workable.isEmpty()) {
            throw new AccessDeniedException("No right to work in any of the matters");
        }
        for (int i = 0; i < matterIds.size(); i++) {
            if (!workable.contains(matterIds.get(i))) {
                problems.add("consequences[" + i + "].matterId",
                        "childimpact.problem.matterId.notOwn");
            }
        }
        List<UUID> invited = invitedMatters(checked, matterIds, problems);
        if (!family.isChildOn(checked.childId(), checked.madeOn())) {
            problems.add("childId", "childimpact.problem.childId.notChild");
        }
        if (checked.participantIds().stream().anyMatch(p -> staff.byId(p).isEmpty())) {
            problems.add("participantIds", "childimpact.problem.participantIds.unknown");
        }
        problems.refuseIfAny();
        UUID id = UUID.randomUUID();
        repository.insertAnalysis(id, checked.childId(), checked.madeOn(), checked, invited, user.id());
        trace.record(TracedAction.CREATE, checked.childId(), RECORD, id.toString());
        return shown(List.of(repository.analysis(id).orElseThrow())).getFirst();
    }

    /**
     * The open matters the writer invites, found by person and kind as the family view names them to a worker with
     * a matter of their own in the family; each must be a family member's and not one the writer writes themself.
     */
    private List<UUID> invitedMatters(ChildImpactRules.Checked checked, List<UUID> written, FieldProblems problems) {
        List<UUID> invited = new ArrayList<>();
        for (int i = 0; i < checked.invited().size(); i++) {
            ChildImpactRules.CheckedInvitation invitation = checked.invited().get(i);
            Optional<UUID> matter = people.inFamilyOf(checked.childId(), invitation.personId())
                    ? family.openMattersOf(List.of(invitation.personId())).stream()
                            .filter(m -> m.kind() == invitation.kind()).map(FamilyChildren.FamilyMatter::id).findFirst()
                    : Optional.empty();
            if (matter.isEmpty()) {
                problems.add("invited[" + i + "].kind", "childimpact.problem.kind.noOpenMatter");
            } else if (!written.contains(matter.get()) && !invited.contains(matter.get())) {
                invited.add(matter.get());
            }
        }
        return invited;
    }

    /** A worker of an invited matter writes its part; once, then it stands as written (409 after). */
    @Transactional
    ChildImpactAnalysis writePart(UUID analysisId, UUID matterId, ChildImpactRules.PartInput input) {
        CurrentUser user = currentUsers.require();
        matters.workable(matterId);
        var stored = repository.analysis(analysisId).orElseThrow(() -> new NotFoundException("childimpact.notFound"));
        var part = repository.consequences(List.of(analysisId)).stream().filter(c -> c.matterId().equals(matterId))
                .findFirst().orElseThrow(() -> new NotFoundException("childimpact.notFound.matter"));
        if (part.written()) {
            throw new ConflictException("childimpact.conflict.partWritten");
        }
        if (!repository.writePart(analysisId, ChildImpactRules.checkPart(matterId, input), user.id())) {
            throw new ConflictException("childimpact.conflict.partWritten");
        }
        trace.record(TracedAction.UPDATE, stored.childId(), RECORD, analysisId.toString());
        return shown(List.of(repository.analysis(analysisId).orElseThrow())).getFirst();
    }

    /**
     * What the form offers a writer: the family's open matters they may work in, whose parts they write; the other
     * open matters, named by kind, unit and person as the family view shows them, which they may invite; and the
     * children.
     */
    record FormFamily(List<FamilyChildren.FamilyMatter> own, List<FamilyChildren.FamilyMatter> others,
                      List<UUID> children) {

        /** Every open matter of the family, for the participants' choices. */
        List<FamilyChildren.FamilyMatter> all() {
            return java.util.stream.Stream.concat(own.stream(), others.stream()).toList();
        }
    }

    /** The form's family for a matter the caller has read through {@code Matters}. */
    FormFamily formFamily(se.helhet.matter.Matter matter) {
        var open = family.openMattersOf(people.familyIds(matter.personId()));
        var own = open.stream().filter(m -> matters.mayWork(m.id())).toList();
        return new FormFamily(own, open.stream().filter(m -> !own.contains(m)).toList(),
                family.childrenAround(matter.personId(), LocalDate.now(clock)));
    }

    /** One analysis, for a reader of one of the matters it covers (otherwise 403). */
    ChildImpactAnalysis get(UUID id) {
        var stored = repository.analysis(id).orElseThrow(() -> new NotFoundException("childimpact.notFound"));
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
        return shown(kept, consequences.stream().filter(c -> visible.contains(c.analysisId())).toList(), readable);
    }

    /** The analyses as the reader sees them: each matter's part in full where they may read the matter. */
    private List<ChildImpactAnalysis> shown(List<ChildImpactRepository.Stored> stored) {
        var consequences = repository.consequences(stored.stream().map(ChildImpactRepository.Stored::id).toList());
        return shown(stored, consequences, matters.readable(consequences.stream()
                .map(ChildImpactRepository.StoredConsequence::matterId).collect(Collectors.toSet())));
    }

    /** The same, with the parts and the reader's readable matters already read. */
    private List<ChildImpactAnalysis> shown(List<ChildImpactRepository.Stored> stored,
                                            List<ChildImpactRepository.StoredConsequence> consequences,
                                            Set<UUID> readable) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = stored.stream().map(ChildImpactRepository.Stored::id).toList();
        List<UUID> matterIds = consequences.stream().map(ChildImpactRepository.StoredConsequence::matterId).distinct()
                .toList();
        Map<UUID, FamilyChildren.FamilyMatter> matterInfo = family.matters(matterIds).stream()
                .collect(Collectors.toMap(FamilyChildren.FamilyMatter::id, Function.identity()));
        Set<UUID> awaitingReader = consequences.stream().filter(c -> !c.written()).map(
                ChildImpactRepository.StoredConsequence::matterId).distinct().filter(matters::mayWork)
                .collect(Collectors.toSet());
        var commissions = repository.commissions(ids);
        return stored.stream().map(s -> new ChildImpactAnalysis(s.id(), s.childId(), s.madeOn(), s.situation(),
                s.childViews(), s.howHeard(), s.jointAssessment(), s.participantIds(),
                s.participantIds().stream().map(p -> staff.byId(p).map(CurrentUser::displayName).orElse("–")).toList(),
                consequences.stream().filter(c -> c.analysisId().equals(s.id()))
                        .map(c -> part(c, matterInfo.get(c.matterId()), readable.contains(c.matterId()),
                                awaitingReader.contains(c.matterId())))
                        .toList(),
                commissions.get(s.id()), s.recordedBy(), s.recordedAt())).toList();
    }

    private static ChildImpactAnalysis.Consequence part(ChildImpactRepository.StoredConsequence c,
                                                        FamilyChildren.FamilyMatter matter, boolean readable,
                                                        boolean awaitingReader) {
        return readable
                ? new ChildImpactAnalysis.Consequence(c.matterId(), matter.kind(), matter.unitName(), c.written(),
                        c.plannedDecision(), c.consequence(), c.writtenBy(), awaitingReader)
                : new ChildImpactAnalysis.Consequence(null, matter.kind(), matter.unitName(), c.written(), null, null,
                        null, awaitingReader);
    }
}
